import type { H3Event } from 'h3'
import { LRUCache } from 'lru-cache'
import { getRouteRulesForPath } from 'nitropack/runtime/internal/route-rules'
import { PAGES_GENERATION } from './cache-generation'
import { MEMORY_CACHE_DRIVER, type MemoryCache } from './memory-cache-driver'
import { PAGE_GENERATION_HEADER, routeKeyOfGeneration, routeKeyOfUrl } from './page-cache'

interface CachedResponse {
  code: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer | string
}

interface CacheEntry {
  value?: CachedResponse
  mtime?: number
}

interface Route {
  /** Where Nitro's route-rule cache keeps this URL's response, less the generation part. */
  key: string
  /** How long a stored response is served before Nitro renders it again in the background. */
  freshMs: number
  /** The route rule's response headers (the security headers), sent with every page. */
  headers: Record<string, string>
}

const NO_ROUTE = false

function routeOf(url: string): Route | typeof NO_ROUTE {
  if (url.startsWith('//')) return NO_ROUTE
  const rules = getRouteRulesForPath(url.split('?')[0] ?? '/')
  const cache = rules.cache
  if (!cache || !cache.swr || !cache.maxAge) return NO_ROUTE
  // The key this path builds varies on the pages' purge generation only.
  if (cache.varies?.length !== 1 || cache.varies[0] !== PAGE_GENERATION_HEADER) return NO_ROUTE
  return {
    key: routeKeyOfUrl(url),
    freshMs: cache.maxAge * 1000,
    headers: Object.fromEntries(
      Object.entries(rules.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
    ),
  }
}

/**
 * A cache hit answered before the request enters h3: the same stored response Nitro's route-rule
 * cache would send, with the same headers, from the in-memory page cache. Nitro's path for a hit
 * (router, middleware, hooks, key hashing, storage lookups, per-header writes, a deferred send)
 * costs more than sending the page itself; this one looks up two maps and writes once.
 *
 * It answers only what Nitro would answer from the cache without doing anything else: a GET
 * without a Range or conditional header, for a cached route, whose stored response is fresh (not
 * yet due for its background re-render). Everything else — a miss, a stale entry (Nitro serves it
 * and renders again), a 304 check, HEAD, Redis-backed caches shared by several instances —
 * goes through Nitro as before. A purge starts a new pages generation, which the key is built
 * with (read from the same storage), and removes the entry: nothing here can outlive it, and a
 * render that was in flight during the purge is stored under a key this never builds.
 */
function createPageCacheHits(cache: MemoryCache) {
  const routes = new LRUCache<string, Route | typeof NO_ROUTE>({ max: 2000 })
  const responses = new WeakMap<CachedResponse, Record<string, string | string[]>>()
  // The generation changes only with a purge: its key part is hashed once per generation.
  let generation = { value: '', keyPart: '' }
  const keyPartOf = (value: string) => {
    if (generation.value !== value) generation = { value, keyPart: routeKeyOfGeneration(value) }
    return generation.keyPart
  }

  const headersOf = (route: Route, response: CachedResponse, bytes: number) => {
    let headers = responses.get(response)
    if (!headers) {
      headers = { ...route.headers }
      for (const [name, value] of Object.entries(response.headers)) {
        if (value !== undefined) headers[name.toLowerCase()] = value
      }
      headers['content-length'] = String(bytes)
      responses.set(response, headers)
    }
    return headers
  }

  return function serve(event: H3Event): boolean {
    const { req, res } = event.node
    const url = req.url
    if (req.method !== 'GET' || !url) return false
    const { range, 'if-none-match': etag, 'if-modified-since': since } = req.headers
    if (range !== undefined || etag !== undefined || since !== undefined) return false
    let route = routes.get(url)
    if (route === undefined) {
      route = routeOf(url)
      routes.set(url, route)
    }
    if (!route) return false
    const current = cache.get(PAGES_GENERATION)?.parsed
    if (typeof current !== 'string') return false
    const entry = cache.get(`${route.key}${keyPartOf(current)}.json`)?.parsed as
      CacheEntry | undefined
    const response = entry?.value
    if (!response || response.code >= 400 || typeof entry.mtime !== 'number') return false
    if (Date.now() - entry.mtime > route.freshMs) return false
    const body = response.body
    const bytes = typeof body === 'string' ? Buffer.byteLength(body) : body.length
    // writeHead merges headers already set on this response (the campaign cookie of a landing).
    res.writeHead(response.code, headersOf(route, response, bytes))
    res.end(body)
    return true
  }
}

/** The hit server for the site's `cache` storage, when it is the in-memory driver. */
export function pageCacheHits(): ((event: H3Event) => boolean) | undefined {
  const mount = useStorage().getMount('cache:')
  if (mount.driver.name !== MEMORY_CACHE_DRIVER) return undefined
  return createPageCacheHits(mount.driver.getInstance?.() as MemoryCache)
}
