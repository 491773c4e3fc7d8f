export default defineEventHandler((event) => useSiteData(event).conditions())
