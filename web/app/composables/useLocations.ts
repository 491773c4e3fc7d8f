/** Every published location (the layout loads them for the footer). */
export async function useLocations() {
  return useSiteRead('locations', '/api/locations', (data) => data.locations())
}

export async function useLocation(slug: string) {
  const path = `/api/locations/${encodeURIComponent(slug)}`
  return useSiteRead(`location:${slug}`, path, (data) => data.location(slug))
}
