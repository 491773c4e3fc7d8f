import type { Core } from '@strapi/strapi'
import { createMemoryCache, createRedisCache, type ResponseCache } from '../utils/response-cache'

const caches = new WeakMap<Core.Strapi, ResponseCache>()

/** Content events that can change a public response: any content type but leads, and media. */
const PURGE_EVENTS = [
  'entry.create',
  'entry.update',
  'entry.delete',
  'entry.publish',
  'entry.unpublish',
  'entry.draft-discard',
  'media.create',
  'media.update',
  'media.delete',
] as const

// Leads are never cached (their routes have no read-query middleware), so they never purge it.
const NEVER_PURGES = new Set(['api::lead.lead'])

/** The response cache of this Strapi, or undefined when switched off (CMS_RESPONSE_CACHE=false). */
export const responseCacheOf = (strapi: Core.Strapi): ResponseCache | undefined =>
  caches.get(strapi)

/**
 * Creates the response cache of the public read routes: in Redis when REDIS_URL is set (several
 * CMS instances share it and its purges), else in this process.
 */
export function registerResponseCache(strapi: Core.Strapi): void {
  if (process.env.CMS_RESPONSE_CACHE === 'false') return
  const url = process.env.REDIS_URL?.trim()
  // Its own key prefix lets several sites (or test runs) share one Redis.
  const prefix = process.env.CMS_REDIS_PREFIX?.trim() || undefined
  caches.set(
    strapi,
    url
      ? createRedisCache(url, (message) => strapi.log.warn(message), prefix)
      : createMemoryCache(),
  )
}

/**
 * Purges the cache on every change to content or media, whatever the type (a condition's name
 * shows on articles; an image's alternative text on every page using it). Awaited, so that once
 * a publish returns, no read serves what it replaced. Events fire after the transaction commits.
 */
export async function registerResponseCachePurge(strapi: Core.Strapi): Promise<void> {
  const cache = caches.get(strapi)
  if (!cache) return
  // Without Redis connected, reads are answered but not cached: wait for it briefly at start.
  await cache.ready()
  for (const event of PURGE_EVENTS) {
    strapi.eventHub.on(event, async (payload: { uid?: unknown }) => {
      if (typeof payload?.uid === 'string' && NEVER_PURGES.has(payload.uid)) return
      await cache.purge()
    })
  }
  strapi.log.info(
    `[response-cache] Public reads are cached ${process.env.REDIS_URL ? 'in Redis' : 'in memory'}, purged on every content change.`,
  )
}

export async function closeResponseCache(strapi: Core.Strapi): Promise<void> {
  await caches.get(strapi)?.close()
  caches.delete(strapi)
}
