import type { Location } from '#shared/types/cms'

/** Every published location (the layout loads them for the footer). */
export async function useLocations() {
  return requireCmsData(await useFetch<Location[]>('/api/locations', { key: 'locations' }))
}

export async function useLocation(slug: string) {
  const path = `/api/locations/${encodeURIComponent(slug)}`
  return requireCmsData(await useFetch<Location>(path, { key: `location:${slug}` }))
}
