import type { H3Event } from 'h3'
import type { SiteData } from '../../shared/types/site-data'
import { isSlug } from '../../shared/utils/slug'
import { CmsNotFoundError, CmsUnavailableError } from './cms-errors'
import { useCmsData } from './cms-data'
import { leadFormOptions } from './lead/form-options'

const notFound = () => createError({ statusCode: 404, statusMessage: 'Not Found' })

/** Maps CMS failures to generic HTTP errors: visitors never see a CMS address, path or stack. */
export function toHttpError(error: unknown) {
  if (isError(error)) return error
  if (error instanceof CmsNotFoundError) return notFound()
  console.error(`[cms] ${error instanceof Error ? error.message : 'unknown failure'}`)
  if (error instanceof CmsUnavailableError) {
    return createError({ statusCode: 503, statusMessage: 'Service Unavailable' })
  }
  return createError({ statusCode: 502, statusMessage: 'Bad Gateway' })
}

async function read<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load()
  } catch (error) {
    throw toHttpError(error)
  }
}

/** A read by slug: anything that is not a slug cannot exist in the CMS, so it is a 404 at once. */
const bySlug =
  <T>(load: (slug: string) => Promise<T>) =>
  (slug: string): Promise<T> =>
    isSlug(slug) ? read(() => load(slug)) : Promise.reject(notFound())

/**
 * The published content of one request, through the data cache (server/utils/cms-data.ts) and
 * within the request's CMS deadline. The /api routes answer with it, and a page's server render
 * calls it in-process (server/plugins/site-data.ts) rather than through its own HTTP stack.
 */
function createSiteData(event: H3Event): SiteData {
  const cms = useCmsData(event)
  return {
    site: () => read(cms.getSiteSettings),
    home: () => read(cms.getHomePage),
    article: bySlug(cms.getArticleBySlug),
    articles: (page) =>
      read(async () => {
        const result = await cms.listArticles(page)
        // Page 1 of an empty list is a valid (empty) page; any page beyond the last is not.
        if (page > Math.max(result.pagination.pageCount, 1)) throw notFound()
        return result
      }),
    condition: bySlug(cms.getConditionBySlug),
    conditions: () => read(cms.listConditions),
    location: bySlug(cms.getLocationBySlug),
    locations: () => read(cms.listLocations),
    page: bySlug(cms.getPageBySlug),
    leadFormOptions: () => leadFormOptions(event),
  }
}

/** This request's reads (created once per request). */
export function useSiteData(event: H3Event): SiteData {
  event.context.siteData ??= createSiteData(event)
  return event.context.siteData
}
