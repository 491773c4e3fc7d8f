export default defineEventHandler((event) =>
  useSiteData(event).article(getRouterParam(event, 'slug') ?? ''),
)
