export default defineEventHandler((event) =>
  useSiteData(event).page(getRouterParam(event, 'slug') ?? ''),
)
