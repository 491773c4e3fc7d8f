import type { H3Event } from 'h3'
import { ARTICLES_PAGE_SIZE } from '../../shared/utils/pagination'
import { dataGeneration } from './cache-generation'
import type { CmsClient } from './cms'
import { dataCacheName, type DataKind } from './cms-data-keys'
import { CmsNotFoundError } from './cms-errors'
import { useCms } from './use-cms'

/**
 * Like the pages: fresh for this long, then served stale while one background read refreshes it.
 * A publish purges the entries it touches at once (server/api/_revalidate.post.ts).
 */
const DATA_MAX_AGE_SECONDS = 10
/** An unknown slug is answered from the cache this long, so a flood of it reaches the CMS once. */
const MISSING_MAX_AGE_MS = 10_000

/** What the cache keeps: the document, or the CMS's word that there is none. */
type Lookup<T> = { found: true; value: T } | { found: false }

interface CacheEntry<V> {
  value?: V
  mtime?: number
}

/**
 * One kind of CMS read, cached per entry in Nitro's `cache` storage (the page cache's storage:
 * the bounded in-memory LRU, or Redis). Nitro's cached function collapses concurrent reads of one
 * key into one CMS call and serves a stale entry while it refreshes. A "not found" is cached
 * too, but only for MISSING_MAX_AGE_MS and never served stale.
 */
function cachedRead<A extends string | number, T>(
  kind: DataKind,
  read: (cms: CmsClient, arg: A) => Promise<T>,
) {
  const cached = defineCachedFunction(
    async (event: H3Event, arg: A): Promise<Lookup<T>> => {
      try {
        return { found: true, value: await read(useCms(event), arg) }
      } catch (error) {
        if (error instanceof CmsNotFoundError) return { found: false }
        throw error
      }
    },
    {
      name: dataCacheName(kind),
      maxAge: DATA_MAX_AGE_SECONDS,
      swr: true,
      // The purge generation in the key: a read that began before a purge is stored where no
      // later read looks, and later reads never wait on it.
      getKey: async (_event: H3Event, arg: A) =>
        `${arg}:${await dataGeneration(useStorage('cache'), kind, String(arg))}`,
      validate: (entry: CacheEntry<Lookup<T>>) =>
        entry.value !== undefined &&
        (entry.value.found || Date.now() - (entry.mtime ?? 0) < MISSING_MAX_AGE_MS),
    },
  )
  return async (event: H3Event, arg: A): Promise<T> => {
    const lookup = await cached(event, arg)
    if (!lookup.found) throw new CmsNotFoundError(`${kind} ${arg}`)
    return lookup.value
  }
}

const site = cachedRead('site', (cms) => cms.getSiteSettings())
const home = cachedRead('home', (cms) => cms.getHomePage())
const article = cachedRead('article', (cms, slug: string) => cms.getArticleBySlug(slug))
const articles = cachedRead('articles', (cms, page: number) =>
  cms.listArticles(page, ARTICLES_PAGE_SIZE),
)
const condition = cachedRead('condition', (cms, slug: string) => cms.getConditionBySlug(slug))
const conditions = cachedRead('conditions', (cms) => cms.listConditions())
const location = cachedRead('location', (cms, slug: string) => cms.getLocationBySlug(slug))
const locations = cachedRead('locations', (cms) => cms.listLocations())
const page = cachedRead('page', (cms, slug: string) => cms.getPageBySlug(slug))
const indexable = cachedRead('indexable', (cms, type: IndexableType) => cms.listIndexable(type))

type IndexableType = Parameters<CmsClient['listIndexable']>[0]
/** The key of a read that has one entry (a single type, a whole list). */
const SINGLE = 'index'

/**
 * The site's reads of published content, through the data cache. Only public content goes
 * through here: leads are written by server/utils/lead/delivery.ts and never cached.
 */
export function useCmsData(event: H3Event) {
  return {
    getSiteSettings: () => site(event, SINGLE),
    getHomePage: () => home(event, SINGLE),
    getArticleBySlug: (slug: string) => article(event, slug),
    /** One page of the article listing (ARTICLES_PAGE_SIZE per page). */
    listArticles: (pageNumber: number) => articles(event, pageNumber),
    getConditionBySlug: (slug: string) => condition(event, slug),
    listConditions: () => conditions(event, SINGLE),
    getLocationBySlug: (slug: string) => location(event, slug),
    listLocations: () => locations(event, SINGLE),
    getPageBySlug: (slug: string) => page(event, slug),
    listIndexable: (type: IndexableType) => indexable(event, type),
  }
}
export type CmsData = ReturnType<typeof useCmsData>
