/** A generic CMS page (financing, privacy policy, about…). */
export async function usePage(slug: string) {
  const path = `/api/pages/${encodeURIComponent(slug)}`
  return useSiteRead(`page:${slug}`, path, (data) => data.page(slug))
}
