import type { Core } from '@strapi/strapi'

/**
 * Populate shapes for the public REST API. Each content type declares its shapes once, in its
 * own `middlewares/populate.ts`; clients cannot widen them (a client `populate` is replaced),
 * so no route ever serves more than its shape, and `populate=*` is never honoured.
 */
export type PopulateShape = Record<string, unknown>

export interface PopulateShapes {
  /** Used for collection listings. */
  list: PopulateShape
  /** Used for findOne, for single types, and for a listing filtered by slug (a detail page). */
  detail: PopulateShape
}

const MEDIA_FIELDS = ['url', 'alternativeText', 'width', 'height', 'formats', 'mime', 'size']

export const media = { fields: MEDIA_FIELDS }
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

export const populateMiddleware =
  (shapes: PopulateShapes): Core.MiddlewareFactory =>
  () =>
  async (ctx, next) => {
    const query = (ctx.query ?? {}) as Record<string, unknown>
    const detail = ctx.params?.id !== undefined || isDetailQuery(query)
    ctx.query = { ...query, populate: detail ? shapes.detail : shapes.list }
    await next()
  }
