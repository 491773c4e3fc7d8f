export default defineEventHandler((event) => useSiteData(event).site())
