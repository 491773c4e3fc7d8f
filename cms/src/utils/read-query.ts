import type { Core } from '@strapi/strapi'

/**
 * The query rules of the public REST API, applied by each content type's `read-query` route
 * middleware, where its populate shapes are declared once:
 * - populate: clients cannot widen it (a client `populate` is replaced), so no route serves more
 *   than its shape and `populate=*` is never honoured;
 * - status: only published content, unless the caller holds an API token (server-side preview).
 *   Strapi would otherwise serve drafts to anyone who adds `status=draft`.
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

export const readQuery =
  (shapes: PopulateShapes): Core.MiddlewareFactory =>
  () =>
  async (ctx, next) => {
    const { status, ...query } = (ctx.query ?? {}) as Record<string, unknown>
    const detail = ctx.params?.id !== undefined || isDetailQuery(query)
    const trusted = ctx.state?.auth?.strategy?.name === 'api-token'
    ctx.query = {
      ...query,
      ...(trusted && status !== undefined && { status }),
      populate: detail ? shapes.detail : shapes.list,
    }
    await next()
  }
