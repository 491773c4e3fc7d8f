import type { Core } from '@strapi/strapi'
import { responseCacheOf } from '../bootstrap/response-cache'
import { cacheKey, MAX_ENTRY_BYTES } from './response-cache'

/**
 * The query rules of the public REST API, applied by each content type's `read-query` route
 * middleware, where its populate shapes are declared once:
 * - populate: clients cannot widen it (a client `populate` is replaced), so no route serves more
 *   than its shape and `populate=*` is never honoured;
 * - status: only published content, unless the caller holds an API token (server-side preview).
 *   Strapi would otherwise serve drafts to anyone who adds `status=draft`;
 * - parameters these routes do not read are dropped, so junk cannot split the cache;
 * - published answers are cached (utils/response-cache.ts), per access level; drafts never are.
 */
type PopulateShape = Record<string, unknown>

interface PopulateShapes {
  /** Used for collection listings. */
  list: PopulateShape
  /** Used for findOne, for single types, and for a listing filtered by slug (a detail page). */
  detail: PopulateShape
}

// What the site's images render (src, srcset, width, height, alt); nothing more is read.
const MEDIA_FIELDS = ['url', 'alternativeText', 'width', 'height', 'formats']

const media = { fields: MEDIA_FIELDS }
export const image = { populate: { file: media } }
export const seo = { populate: { shareImage: media } }
export const blocks = {
  on: {
    'content.heading': true,
    'content.paragraph': true,
    'content.bullet-list': { populate: { items: true } },
    'content.quote': true,
    'shared.call-to-action': true,
  },
}

const isDetailQuery = (query: Record<string, unknown>): boolean => {
  const filters = query.filters
  return typeof filters === 'object' && filters !== null && 'slug' in filters
}

/** The query parameters of a content-API read; content-api-query.ts has checked their shape. */
const READ_PARAMS = ['filters', 'sort', 'fields', 'pagination', 'locale', '_q'] as const

// Strapi 5.54 names its API-token strategy `content-api-token` (earlier 5.x: `api-token`).
const TOKEN_STRATEGIES = new Set(['api-token', 'content-api-token'])
const isApiToken = (auth: Auth | undefined) => TOKEN_STRATEGIES.has(String(auth?.strategy?.name))

interface Auth {
  strategy?: { name?: string }
  credentials?: { id?: unknown; type?: unknown }
}

/**
 * Who is asking, as far as it changes an answer (Strapi trims relations to what the caller may
 * read): anonymous, an API token of a type (a custom token by id). Anything else (a signed-in
 * users-permissions user) is not cached.
 */
function accessLevel(auth: Auth | undefined): string | undefined {
  if (!auth) return 'public'
  if (!isApiToken(auth)) return undefined
  const type = String(auth.credentials?.type)
  return type === 'custom' ? `token:custom:${String(auth.credentials?.id)}` : `token:${type}`
}

export const readQuery =
  (shapes: PopulateShapes): Core.MiddlewareFactory =>
  (_config, { strapi }) =>
  async (ctx, next) => {
    const query = (ctx.query ?? {}) as Record<string, unknown>
    const auth = ctx.state?.auth as Auth | undefined
    const trusted = isApiToken(auth)
    const detail = ctx.params?.id !== undefined || isDetailQuery(query)
    const draft = trusted && query.status === 'draft'
    const normalised: Record<string, unknown> = {
      ...Object.fromEntries(
        READ_PARAMS.filter((k) => query[k] !== undefined).map((k) => [k, query[k]]),
      ),
      ...(draft && { status: 'draft' }),
      populate: detail ? shapes.detail : shapes.list,
    }
    ctx.query = normalised

    const cache = responseCacheOf(strapi)
    const access = accessLevel(auth)
    if (!cache || !access || draft) {
      ctx.set('x-cms-cache', 'bypass')
      return next()
    }
    const key = cacheKey(access, ctx.path, normalised)
    const hit = await cache.get(key)
    if (hit) {
      ctx.set('x-cms-cache', 'hit')
      ctx.status = 200
      ctx.type = 'application/json'
      ctx.body = hit.body
      return
    }
    const generation = await cache.generation()
    await next()
    ctx.set('x-cms-cache', 'miss')
    if (
      ctx.status !== 200 ||
      generation === undefined ||
      typeof ctx.body !== 'object' ||
      ctx.body === null
    )
      return
    // Serialised once: the hit and this answer send the same bytes.
    const body = JSON.stringify(ctx.body)
    ctx.type = 'application/json'
    ctx.body = body
    if (Buffer.byteLength(body) <= MAX_ENTRY_BYTES) await cache.set(key, body, generation)
  }
