import { parsePageParam } from '../../shared/utils/pagination'
import { isSlug } from '../../shared/utils/slug'

type ParamCheck = (value: string) => boolean

// Page 1 is the list itself (`?page=1` would be a second entry for it). Any other value stays
// for the route to judge: a malformed page is a 404, which is never cached.
const isPage: ParamCheck = (value) => value !== '' && parsePageParam(value) !== 1

/**
 * The query parameters each route reads, and what a valid value looks like. Every other parameter
 * (utm_*, gclid, fbclid, junk) is dropped before routing, so the page cache holds one entry per
 * page, not one per URL, and a page never renders a value it was not built for.
 */
const ROUTE_PARAMS: Record<string, Record<string, ParamCheck>> = {
  '/articles': { page: isPage },
  '/api/articles': { page: isPage },
  '/request-consultation': { condition: isSlug, location: isSlug },
}

/** Nuxt's own internal routes carry their state in the query (e.g. the error page). */
const UNTOUCHED_PREFIXES = ['/__nuxt', '/_nuxt/']

/**
 * The URL a GET is routed and cached by: the same path with only the parameters its route reads,
 * each kept once (the first) and only when meaningful, in a fixed order. Returns `url` itself when unchanged.
 */
export function canonicalUrl(url: string): string {
  const mark = url.indexOf('?')
  if (mark === -1) return url
  const path = url.slice(0, mark)
  if (UNTOUCHED_PREFIXES.some((prefix) => path.startsWith(prefix))) return url
  const allowed = ROUTE_PARAMS[path.length > 1 ? path.replace(/\/+$/, '') : path]
  if (!allowed) return path
  let given: URLSearchParams
  try {
    given = new URLSearchParams(url.slice(mark + 1))
  } catch {
    return path
  }
  const kept = new URLSearchParams()
  for (const [name, valid] of Object.entries(allowed)) {
    const value = given.get(name)
    if (value !== null && valid(value)) kept.set(name, value)
  }
  const query = kept.toString()
  return query ? `${path}?${query}` : path
}
