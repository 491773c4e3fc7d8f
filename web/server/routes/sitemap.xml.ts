import { buildSitemap } from '../../shared/utils/sitemap'

const LISTING_PATHS = ['/', '/conditions', '/articles', '/locations']

export default defineCmsHandler(async (cms, event) => {
  assertGetOrHead(event)
  const [conditions, articles, locations, pages] = await Promise.all([
    cms.listIndexable('conditions'),
    cms.listIndexable('articles'),
    cms.listIndexable('locations'),
    cms.listIndexable('pages'),
  ])
  setResponseHeader(event, 'Content-Type', 'application/xml; charset=utf-8')
  return buildSitemap(useSiteUrl(), LISTING_PATHS, [
    { prefix: '/conditions', entries: conditions },
    { prefix: '/articles', entries: articles },
    { prefix: '/locations', entries: locations },
    { prefix: '', entries: pages },
  ])
})
