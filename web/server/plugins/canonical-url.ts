import type { H3Event } from 'h3'
import { LEAD_FORM_PATH } from '../middleware/lead-form'
import { campaignFromQuery, rememberCampaign, visitCampaign } from '../utils/lead/campaign'

function toCanonical(event: H3Event) {
  const url = event.node.req.url ?? '/'
  const mark = url.indexOf('?')
  const path = mark === -1 ? url : url.slice(0, mark)
  const landing = mark === -1 ? undefined : campaignFromQuery(url.slice(mark + 1))
  if (landing && event.method === 'GET' && !path.startsWith('/api/')) {
    rememberCampaign(event, landing)
  }
  // The form page is never cached: it may carry this visit's campaign in its hidden fields.
  if (path === LEAD_FORM_PATH) event.context.campaign = landing ?? visitCampaign(event)
  if (event.method === 'GET' || event.method === 'HEAD') event.node.req.url = canonicalUrl(url)
}

/**
 * A GET or HEAD is routed, rendered and cached by its canonical URL (server/utils/canonical-url),
 * so `/?gclid=…` is the cached home page, and the landing campaign is remembered in a
 * first-party cookie before its parameters are dropped. This wraps the app's handler rather than
 * being a server middleware: h3 fixes the path every later handler sees before the first one
 * runs, so a middleware could change the cache key but not what the page renders. A fresh cached
 * page is sent from here, without entering h3 (server/utils/page-cache-hits.ts).
 */
export default defineNitroPlugin((nitroApp) => {
  const handle = nitroApp.h3App.handler
  // The storage is mounted by a later plugin: look the page cache up on the first request.
  let serveHit: ((event: H3Event) => boolean) | undefined | null = null
  nitroApp.h3App.handler = Object.assign(
    defineEventHandler((event) => {
      toCanonical(event)
      if (serveHit === null) serveHit = pageCacheHits()
      if (serveHit?.(event)) return
      return handle(event)
    }),
    { __resolve__: handle.__resolve__ },
  )
})
