export default defineEventHandler((event) =>
  useSiteData(event).location(getRouterParam(event, 'slug') ?? ''),
)
