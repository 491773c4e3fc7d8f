import type { LeadFormOptions } from '../../shared/lead/options'

/** The consultation form's lists, id and token for a browser (a page's render reads in-process). */
export default defineEventHandler((event): Promise<LeadFormOptions> => {
  // A token per visit: the response is never cached.
  setResponseHeader(event, 'Cache-Control', 'no-store')
  return useSiteData(event).leadFormOptions()
})
