import { createHash, timingSafeEqual } from 'node:crypto'
import type { Storage } from 'unstorage'
import { DATA_KINDS, dataCacheBase, type DataKind } from './cms-data-keys'

/**
 * Where Nitro and Nuxt keep cached responses inside the `cache` storage: route-rule caches (the
 * pages), cached handlers, and Nuxt's page payloads. The data cache (server/utils/cms-data.ts)
 * and everything else in storage (the lead outbox, rate limits, the form secret) are left alone.
 */
export const PAGE_CACHE_BASES = ['nitro:routes', 'nitro:handlers', 'nuxt:payload']

/**
 * The cached reads that show content of each CMS model (the `model` the CMS reports), from the
 * CMS's populate shapes: an article page lists its conditions, a condition page its articles,
 * the home page features both, a location lists its conditions, the settings link a page.
 */
const SHOWN_IN: Record<string, readonly DataKind[]> = {
  'site-setting': ['site'],
  'home-page': ['home'],
  article: ['article', 'articles', 'condition', 'home', 'indexable'],
  condition: ['condition', 'conditions', 'article', 'location', 'locations', 'home', 'indexable'],
  location: ['location', 'locations', 'indexable'],
  page: ['page', 'site', 'indexable'],
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

/**
 * Drops every cached page, so the next request renders again. Every page shows the site frame
 * (menu, footer), so one changed entry can change them all. Removes keys one by one: clearing a
 * base would wipe the whole in-memory storage with the memory driver.
 */
export const purgePageCache = (storage: Storage) => removeUnder(storage, PAGE_CACHE_BASES)

/**
 * Drops the cached reads (entries and cached "not found"s) that can show content of `model`;
 * all of them for a model it does not know (or none given), so nothing stale survives a change.
 */
export function purgeDataCache(storage: Storage, model: string | undefined): Promise<number> {
  const kinds = (model !== undefined && SHOWN_IN[model]) || DATA_KINDS
  return removeUnder(storage, kinds.map(dataCacheBase))
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest()

/** Compares a presented secret with the expected one in constant time (any length). */
export function secretMatches(given: string | undefined, expected: string): boolean {
  if (!expected || typeof given !== 'string') return false
  return timingSafeEqual(digest(given), digest(expected))
}
