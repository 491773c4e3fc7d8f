import type { H3Event } from 'h3'
import { isSlug } from '../../shared/utils/slug'

/** The route's slug; anything that is not a slug cannot exist in the CMS, so it is a 404 at once. */
export function requireSlugParam(event: H3Event): string {
  const slug = getRouterParam(event, 'slug') ?? ''
  if (!isSlug(slug)) throw createError({ statusCode: 404, statusMessage: 'Not Found' })
  return slug
}
