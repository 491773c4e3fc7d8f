import { createHash, timingSafeEqual } from 'node:crypto'
import type { Storage } from 'unstorage'

/**
 * Where Nitro and Nuxt keep cached responses inside the `cache` storage: route-rule caches (the
 * pages and the cached /api routes), cached handlers and functions, and Nuxt's page payloads.
 * Everything else in storage (the lead outbox, rate limits, the form secret) is left alone.
 */
export const PAGE_CACHE_BASES = [
  'nitro:routes',
  'nitro:handlers',
  'nitro:functions',
  'nuxt:payload',
]

/**
 * Drops every cached page and API response, so the next request renders from the CMS. Every page
 * shows the site frame (menu, footer), so one changed entry can change them all. Removes keys one
 * by one: clearing a base would wipe the whole in-memory storage with the memory driver.
 */
export async function purgePageCache(storage: Storage): Promise<number> {
  let removed = 0
  for (const base of PAGE_CACHE_BASES) {
    const keys = await storage.getKeys(base)
    await Promise.all(keys.map((key) => storage.removeItem(key)))
    removed += keys.length
  }
  return removed
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest()

/** Compares a presented secret with the expected one in constant time (any length). */
export function secretMatches(given: string | undefined, expected: string): boolean {
  if (!expected || typeof given !== 'string') return false
  return timingSafeEqual(digest(given), digest(expected))
}
