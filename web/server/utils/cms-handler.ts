import type { H3Event } from 'h3'
import { CmsNotFoundError, CmsUnavailableError } from './cms-errors'
import { useCmsData, type CmsData } from './cms-data'

/** Maps CMS failures to generic HTTP errors: visitors never see a CMS address, path or stack. */
function toHttpError(error: unknown) {
  if (isError(error)) return error
  if (error instanceof CmsNotFoundError) {
    return createError({ statusCode: 404, statusMessage: 'Not Found' })
  }
  console.error(`[cms] ${error instanceof Error ? error.message : 'unknown failure'}`)
  if (error instanceof CmsUnavailableError) {
    return createError({ statusCode: 503, statusMessage: 'Service Unavailable' })
  }
  return createError({ statusCode: 502, statusMessage: 'Bad Gateway' })
}

/** A GET route that reads published content from the CMS, through the data cache. */
export function defineCmsHandler<T>(load: (cms: CmsData, event: H3Event) => Promise<T>) {
  return defineEventHandler(async (event) => {
    try {
      return await load(useCmsData(event), event)
    } catch (error) {
      throw toHttpError(error)
    }
  })
}
