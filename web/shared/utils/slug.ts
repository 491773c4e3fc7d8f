import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '@vigeo/lead-contract'

/** A CMS slug as the site accepts it in a path or a query: lowercase words joined by hyphens. */
export const isSlug = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value)
