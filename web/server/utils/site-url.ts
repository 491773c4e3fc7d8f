import type { H3Event } from 'h3'

/** The public site URL without a trailing slash (canonical links, sitemap, robots.txt). */
export function useSiteUrl(event: H3Event): string {
  return String(useRuntimeConfig(event).public.siteUrl).replace(/\/+$/, '')
}
