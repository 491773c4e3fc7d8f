export default defineEventHandler((event) =>
  useSiteData(event).condition(getRouterParam(event, 'slug') ?? ''),
)
