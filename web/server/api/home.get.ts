export default defineEventHandler((event) => useSiteData(event).home())
