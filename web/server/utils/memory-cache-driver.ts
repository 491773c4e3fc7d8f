import { isRecord } from '@vigeo/lead-contract'
import { LRUCache } from 'lru-cache'
import { defineDriver, type TransactionOptions } from 'unstorage'

interface MemoryCacheOptions {
  /** Most entries kept; the least recently used go first. */
  maxEntries: number
  /** Most bytes kept (keys plus serialised values). */
  maxBytes: number
}

export interface Stored {
  raw: string
  /** The value parsed once when stored, so a cache hit does not parse the page again. */
  parsed: unknown
}

/** The in-memory LRU behind the driver (its `getInstance()`), read by server/utils/page-cache-hits. */
export type MemoryCache = LRUCache<string, Stored>

export const MEMORY_CACHE_DRIVER = 'vigeo-memory-lru'

/** unstorage's `ttl` option is in seconds. */
const ttlOf = (ttl: unknown) =>
  typeof ttl === 'number' && ttl > 0 ? { ttl: ttl * 1000 } : undefined

/** Cached responses of Nitro's route rules and cached handlers: `{ value: { code, headers, body } }`. */
const RESPONSE_KEY = /^nitro:(routes|handlers):/
/** Cached CMS reads (server/utils/cms-data.ts): one object shared by every page that reads it. */
const DATA_KEY = /^nitro:functions:cms-/

/** Freezes a parsed JSON value through and through, so no reader can change what others read. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

function parseOnce(key: string, raw: string): unknown {
  const first = raw.trimStart()[0]
  if (first !== '{' && first !== '[') return raw
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return raw
  }
  // A response body kept as UTF-8 bytes is written to the socket as is; a string would be
  // encoded again on every hit, the one cost of a hit that grows with the page.
  if (!isRecord(parsed)) return parsed
  const response = parsed.value
  if (RESPONSE_KEY.test(key) && isRecord(response) && typeof response.body === 'string') {
    return { ...parsed, value: { ...response, body: Buffer.from(response.body) } }
  }
  // Pages render from these objects directly (server/utils/site-data.ts), not from a JSON copy.
  if (DATA_KEY.test(key)) deepFreeze(parsed.value)
  return parsed
}

/**
 * The in-memory page and data cache of one site instance: bounded in entries and bytes with
 * least-recently-used eviction (lru-cache). unstorage hands drivers serialised values and parses
 * what they return when it is a string; this driver parses each value once when it is stored
 * and returns a shallow copy of the object on every read (Nitro mutates an entry's top-level
 * fields), so a cache hit costs no work that grows with the page. With several instances, Redis
 * replaces it (server/plugins/page-cache-storage.ts).
 */
export const memoryCacheDriver = defineDriver((options: MemoryCacheOptions) => {
  const cache: MemoryCache = new LRUCache<string, Stored>({
    max: options.maxEntries,
    maxSize: options.maxBytes,
    sizeCalculation: (value, key) => Buffer.byteLength(value.raw) + key.length,
  })
  const read = (key: string) => {
    const parsed = cache.get(key)?.parsed
    if (parsed === undefined) return null
    return isRecord(parsed) ? { ...parsed } : parsed
  }
  return {
    name: MEMORY_CACHE_DRIVER,
    options,
    getInstance: () => cache,
    hasItem: (key: string) => cache.has(key),
    getItem: read,
    getItemRaw: (key: string) => cache.get(key)?.raw ?? null,
    setItem(key: string, value: string, { ttl }: TransactionOptions = {}) {
      cache.set(key, { raw: value, parsed: parseOnce(key, value) }, ttlOf(ttl))
    },
    setItemRaw(key: string, value: unknown, { ttl }: TransactionOptions = {}) {
      const raw = typeof value === 'string' ? value : JSON.stringify(value)
      cache.set(key, { raw, parsed: parseOnce(key, raw) }, ttlOf(ttl))
    },
    removeItem(key: string) {
      cache.delete(key)
    },
    getKeys: () => [...cache.keys()],
    clear() {
      cache.clear()
    },
    dispose() {
      cache.clear()
    },
  }
})
