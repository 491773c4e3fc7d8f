import type { H3Event } from 'h3'
import type { CmsClient } from './cms'
import { CmsNotFoundError, CmsUnavailableError } from './cms-errors'
import { useCms } from './use-cms'

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

/** An API route that reads from the CMS. */
export function defineCmsHandler<T>(load: (cms: CmsClient, event: H3Event) => Promise<T>) {
  return defineEventHandler(async (event) => {
    try {
      return await load(useCms(event), event)
    } catch (error) {
      throw toHttpError(error)
    }
  })
}
