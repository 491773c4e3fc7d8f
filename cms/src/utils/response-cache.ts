import { createHash } from 'node:crypto'
import Redis from 'ioredis'
import { LRUCache } from 'lru-cache'

/**
 * The response cache of the public read routes (see api/<type>/middlewares/read-query.ts): the
 * serialised JSON body of a 200, keyed by access level, path and normalised query. A read of an
 * article costs a dozen SQL queries (dynamic-zone body, media inside components); a hit costs none.
 *
 * Every change to content bumps a generation number (bootstrap/response-cache-purge.ts). An entry
 * is stored with the generation current when its request started and is served only while that
 * generation is still current, so a read that raced a publish can never bring old content back.
 * With REDIS_URL the generation and entries live in Redis, so a publish on one CMS instance is
 * seen by every instance at once; without it they live in this process (one CMS instance).
 */
export interface ResponseCache {
  /** The current generation, to pass back to `set`; undefined when the cache is unavailable. */
  generation(): Promise<number | undefined>
  /** A stored body, if it belongs to the current generation. */
  get(key: string): Promise<{ body: string; generation: number } | undefined>
  set(key: string, body: string, generation: number): Promise<void>
  /** Resolves once the store takes commands (or after a short wait: reads never depend on it). */
  ready(): Promise<void>
  /** Makes every stored entry stale, on every instance sharing the store. */
  purge(): Promise<void>
  close(): Promise<void>
}

const TTL_SECONDS = 600
const MAX_ENTRIES = 1000
const MAX_BYTES = 32 * 1024 * 1024
/** A body larger than this is not worth a share of the cache. */
export const MAX_ENTRY_BYTES = 2 * 1024 * 1024
const REDIS_PREFIX = 'vigeo:cms:response:'
const REDIS_TIMEOUT_MS = 250
const READY_WAIT_MS = 2000

/** Object keys sorted at every level: the same query always makes the same key. */
function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableStringify(item)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

export const cacheKey = (access: string, path: string, query: unknown): string =>
  createHash('sha256')
    .update(`${access}\n${path}\n${stableStringify(query)}`)
    .digest('base64url')

interface Entry {
  body: string
  generation: number
}

export function createMemoryCache(): ResponseCache {
  let current = 0
  const entries = new LRUCache<string, Entry>({
    max: MAX_ENTRIES,
    maxSize: MAX_BYTES,
    sizeCalculation: (entry) => Math.max(1, Buffer.byteLength(entry.body)),
    ttl: TTL_SECONDS * 1000,
  })
  return {
    ready: async () => {},
    generation: async () => current,
    async get(key) {
      const entry = entries.get(key)
      return entry?.generation === current ? entry : undefined
    },
    async set(key, body, generation) {
      if (generation === current) entries.set(key, { body, generation })
    },
    async purge() {
      current += 1
      entries.clear()
    },
    async close() {
      entries.clear()
    },
  }
}

type Log = (message: string) => void

/**
 * Entries in Redis with a TTL (bounded by the distinct public queries within it), the generation
 * in one counter. A hit is one round trip (MGET of counter and entry). When Redis is unreachable
 * the cache steps aside (reads go to the database) rather than holding requests up.
 */
export function createRedisCache(url: string, warn: Log, prefix = REDIS_PREFIX): ResponseCache {
  const redis = new Redis(url, {
    lazyConnect: false,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: REDIS_TIMEOUT_MS,
  })
  let reported = false
  redis.on('error', (error: Error) => {
    if (!reported)
      warn(`[response-cache] Redis is unavailable (${error.name}); reading from the database.`)
    reported = true
  })
  redis.on('ready', () => {
    reported = false
  })
  const generationKey = `${prefix}generation`
  const entryKey = (key: string) => `${prefix}entry:${key}`
  const quietly = async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await action()
    } catch {
      return undefined
    }
  }
  return {
    ready: () =>
      redis.status === 'ready'
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, READY_WAIT_MS)
            redis.once('ready', () => {
              clearTimeout(timer)
              resolve()
            })
          }),
    generation: () => quietly(async () => Number((await redis.get(generationKey)) ?? 0)),
    get: (key) =>
      quietly(async () => {
        const [generation, stored] = await redis.mget(generationKey, entryKey(key))
        if (!stored) return undefined
        const separator = stored.indexOf('\n')
        const entry = {
          generation: Number(stored.slice(0, separator)),
          body: stored.slice(separator + 1),
        }
        return entry.generation === Number(generation ?? 0) ? entry : undefined
      }),
    async set(key, body, generation) {
      await quietly(() => redis.set(entryKey(key), `${generation}\n${body}`, 'EX', TTL_SECONDS))
    },
    async purge() {
      // A purge must not be lost: retried until Redis takes it, entries expire with their TTL.
      for (let attempt = 0; attempt < 5; attempt++) {
        if ((await quietly(() => redis.incr(generationKey))) !== undefined) return
        await new Promise((resolve) => setTimeout(resolve, 200 * (attempt + 1)))
      }
      warn(
        '[response-cache] Could not purge the shared cache in Redis; entries expire within their TTL.',
      )
    },
    async close() {
      await quietly(() => redis.quit())
      redis.disconnect()
    },
  }
}
