export default defineEventHandler((event) => {
  assertGetOrHead(event)
  setResponseHeader(event, 'Content-Type', 'text/plain; charset=utf-8')
  // The site's own JSON API is for its pages, not for search results.
  return ['User-agent: *', 'Disallow: /api/', '', `Sitemap: ${useSiteUrl()}/sitemap.xml`, ''].join(
    '\n',
  )
})
