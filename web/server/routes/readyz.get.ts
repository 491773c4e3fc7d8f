import { readiness } from '../utils/readiness'

/**
 * Readiness for a proxy or an orchestrator (server/utils/readiness.ts): 200 while the site can
 * serve pages and keep consultation requests (with the CMS down too: cached pages and the
 * outbox cover it, and taking every instance out of rotation would take the site down), 503
 * only when the outbox cannot be read.
 */
export default defineEventHandler(async (event) => {
  setResponseHeader(event, 'Cache-Control', 'no-store')
  const result = await readiness()
  if (result.status === 'not-ready') setResponseStatus(event, 503)
  return result
})
