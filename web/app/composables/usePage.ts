import type { Page } from '#shared/types/cms'

/** A generic CMS page (financing, privacy policy, about…). */
export async function usePage(slug: string) {
  const path = `/api/pages/${encodeURIComponent(slug)}`
  return requireCmsData(await useFetch<Page>(path, { key: `page:${slug}` }))
}
