/** A CMS slug as the site accepts it in a path or a query: lowercase words joined by hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const isSlug = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 100 && SLUG.test(value)
