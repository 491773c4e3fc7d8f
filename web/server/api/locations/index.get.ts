export default defineEventHandler((event) => useSiteData(event).locations())
