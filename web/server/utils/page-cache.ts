import { createHash, timingSafeEqual } from 'node:crypto'
import { hash } from 'nitropack/runtime/internal/hash'
import type { Storage } from 'unstorage'
import {
  entryGeneration,
  kindGeneration,
  nextGeneration,
  PAGES_GENERATION,
} from './cache-generation'
import { DATA_KINDS, dataCacheBase, type DataKind, type EntryKind } from './cms-data-keys'

/**
 * Where Nitro and Nuxt keep cached responses inside the `cache` storage: route-rule caches (the
 * pages), cached handlers, and Nuxt's page payloads. The data cache (server/utils/cms-data.ts)
 * and everything else in storage (the lead outbox, rate limits, the form secret) are left alone.
 */
const PAGE_CACHE_BASES = ['nitro:routes', 'nitro:handlers', 'nuxt:payload']

/**
 * The request header that carries the pages' purge generation into the page cache's key (route
 * rule `cache.varies` in nuxt.config.ts; set by server/plugins/page-cache-generation.ts).
 */
export const PAGE_GENERATION_HEADER = 'x-vigeo-page-generation'

/**
 * The cached reads that show content of each CMS model (the `model` the CMS reports): its own
 * entries, read by slug (`entry`), and the other reads that show it, from the CMS's populate
 * shapes: an article page lists its conditions, a condition page its articles, the home page
 * features both, a location lists its conditions, the settings link a page.
 */
const SHOWN_IN: Record<string, { entry?: EntryKind; also: readonly DataKind[] }> = {
  'site-setting': { also: ['site'] },
  'home-page': { also: ['home'] },
  article: { entry: 'article', also: ['articles', 'condition', 'home', 'indexable'] },
  condition: {
    entry: 'condition',
    also: ['conditions', 'article', 'location', 'locations', 'home', 'indexable'],
  },
  location: { entry: 'location', also: ['locations', 'indexable'] },
  page: { entry: 'page', also: ['site', 'indexable'] },
}

/**
 * The storage key of Nitro 2's `defineCachedEventHandler` for a GET of `url` in the route rules'
 * cache (nitropack/dist/runtime/internal/cache.mjs) under the `cache` mount, for the pages'
 * purge `generation` (the varied header):
 * `nitro:routes:_:<path prefix>.<hash>:xvigeopagegeneration.<hash of generation>.json`.
 * tests/int/page-cache-hits.int.test.ts pins it against the keys the built site writes to Redis.
 */
export const routeCacheKey = (url: string, generation: string): string =>
  `${routeKeyOfUrl(url)}${routeKeyOfGeneration(generation)}.json`

/** The part of a route cache key that Nitro derives from the varied generation header. */
export const routeKeyOfGeneration = (generation: string) =>
  `:${PAGE_GENERATION_HEADER.replace(/\W/g, '')}.${hash(generation)}`

/** The part of a route cache key that Nitro derives from the URL. */
export function routeKeyOfUrl(url: string): string {
  let pathname: string
  try {
    // ufo's parseURL(url).pathname for the origin-form URLs a server receives ("//…" aside,
    // which a caller leaves to Nitro).
    pathname =
      decodeURI(url.split(/[?#]/, 1)[0] ?? '')
        .replace(/\W/g, '')
        .slice(0, 16) || 'index'
  } catch {
    pathname = '-'
  }
  return `nitro:routes:_:${pathname}.${hash(url)}`
}

async function removeUnder(storage: Storage, bases: readonly string[]): Promise<number> {
  let removed = 0
  for (const base of bases) {
    const keys = await storage.getKeys(base)
    await Promise.all(keys.map((key) => storage.removeItem(key)))
    removed += keys.length
  }
  return removed
}

/** A new generation of each kind (reads in flight store where no one looks), then its keys go. */
async function purgeKinds(storage: Storage, kinds: readonly DataKind[]): Promise<number> {
  await Promise.all(kinds.map((kind) => nextGeneration(storage, kindGeneration(kind))))
  return removeUnder(storage, kinds.map(dataCacheBase))
}

/**
 * Drops every cached page, so the next request renders again. Every page shows the site frame
 * (menu, footer), so one changed entry can change them all. A new generation first, so a render
 * in flight is not stored as the page; then the keys go one by one: clearing a base would wipe
 * the whole in-memory storage with the memory driver.
 */
export async function purgePageCache(storage: Storage): Promise<number> {
  await nextGeneration(storage, PAGES_GENERATION)
  return removeUnder(storage, PAGE_CACHE_BASES)
}

/**
 * Drops the cached reads (entries and cached "not found"s) that can show content of `model`;
 * all of them for a model it does not know (or none given), so nothing stale survives a change.
 * With the changed entry's `slug`, the model's other entries are kept (a renamed entry's old
 * slug is served once more from the cache, whose refresh then finds it gone).
 */
export async function purgeDataCache(
  storage: Storage,
  model: string | undefined,
  slug?: string,
): Promise<number> {
  const shown = model === undefined ? undefined : SHOWN_IN[model]
  if (!shown) return purgeKinds(storage, DATA_KINDS)
  let removed = await purgeKinds(storage, shown.also)
  if (shown.entry && slug) {
    await nextGeneration(storage, entryGeneration(shown.entry, slug))
    removed += await removeUnder(storage, [`${dataCacheBase(shown.entry)}:${slug}`])
  } else if (shown.entry) {
    removed += await purgeKinds(storage, [shown.entry])
  }
  return removed
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest()

/** Compares a presented secret with the expected one in constant time (any length). */
export function secretMatches(given: string | undefined, expected: string): boolean {
  if (!expected || typeof given !== 'string') return false
  return timingSafeEqual(digest(given), digest(expected))
}
