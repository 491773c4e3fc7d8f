import type { Article, Condition, HomePage, Location, Page, SiteSetting } from './cms'
import type { LeadFormOptions } from '../lead/options'
import type { Paginated } from './listing'

/**
 * The published content a page reads, as the site's /api routes answer it. A failure is an H3
 * error with the status the route would answer (404 for an unknown slug or a page beyond the
 * last, 503 while the CMS is down). server/utils/site-data.ts implements it over the data cache.
 */
export interface SiteData {
  site(): Promise<SiteSetting>
  home(): Promise<HomePage>
  article(slug: string): Promise<Article>
  articles(page: number): Promise<Paginated<Article>>
  condition(slug: string): Promise<Condition>
  conditions(): Promise<Condition[]>
  location(slug: string): Promise<Location>
  locations(): Promise<Location[]>
  page(slug: string): Promise<Page>
  /** The consultation form's lists (best-effort) and a fresh submission id and token: never cached. */
  leadFormOptions(): Promise<LeadFormOptions>
}

declare module 'h3' {
  interface H3EventContext {
    /** This request's reads, for the server render (server/plugins/site-data.ts). */
    siteData?: SiteData
  }
}
