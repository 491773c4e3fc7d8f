/** The public site URL without a trailing slash (canonical links, sitemap, robots.txt). */
export function useSiteUrl(): string {
  return String(useRuntimeConfig().public.siteUrl).replace(/\/+$/, '')
}
