import type { H3Event } from 'h3'
import { useCmsData, type CmsData } from './cms-data'
import { toHttpError } from './site-data'

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
