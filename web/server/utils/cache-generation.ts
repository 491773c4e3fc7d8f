import { randomBytes } from 'node:crypto'
import type { Storage } from 'unstorage'
import { ENTRY_KINDS, type DataKind } from './cms-data-keys'

/**
 * Purge generations, kept in the `cache` storage itself (so in Redis, shared by every instance).
 * A read or a page render that began before a purge and ends after it would store what it saw
 * before the change, undoing the purge until the entry expired. So a purge starts a new
 * generation, and cache keys carry the generation current when the read began: a late write
 * lands under a key nobody looks up any more, and a read arriving after the purge never joins
 * one in flight from before it (Nitro shares in-flight reads by key).
 */
export const PAGES_GENERATION = 'generation:pages'
export const kindGeneration = (kind: DataKind) => `generation:data:${kind}`
/** One entry of a kind read by slug, for a purge that names the changed entry. */
export const entryGeneration = (kind: DataKind, slug: string) => `generation:entry:${kind}:${slug}`

// A letter first: unstorage would read an all-digit value back as a number.
const newGeneration = () => `g${randomBytes(6).toString('hex')}`

/**
 * Starts a new generation: what was read under the previous one is not looked up again. A
 * generation never expires (ttl 0 overrides the Redis cache's default TTL): one that expired
 * would drop every cached page at once, and while the CMS is down those are what the site serves.
 */
export async function nextGeneration(storage: Storage, key: string): Promise<void> {
  await storage.setItem(key, newGeneration(), { ttl: 0 })
}

/**
 * The current generation. A missing one (never purged yet, or evicted from the bounded memory
 * cache) starts afresh rather than falling back to a default that a late write could share.
 * Read back after writing, so reads that find it missing together mostly agree on one.
 */
export async function currentGeneration(storage: Storage, key: string): Promise<string> {
  const value = await storage.getItem(key)
  if (typeof value === 'string' && value) return value
  await nextGeneration(storage, key)
  const stored = await storage.getItem(key)
  return typeof stored === 'string' && stored ? stored : newGeneration()
}

/** The generation part of a cached read's key: its kind's, and its entry's for a read by slug. */
export async function dataGeneration(storage: Storage, kind: DataKind, key: string) {
  const entry = (ENTRY_KINDS as readonly DataKind[]).includes(kind)
  const [ofKind, ofEntry] = await Promise.all([
    currentGeneration(storage, kindGeneration(kind)),
    entry ? currentGeneration(storage, entryGeneration(kind, key)) : undefined,
  ])
  return ofEntry ? `${ofKind}.${ofEntry}` : ofKind
}
