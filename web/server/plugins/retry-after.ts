/** How soon a visitor or crawler may try a page again that failed while the CMS was unavailable. */
const RETRY_AFTER_SECONDS = 30

/**
 * A 503 (the branded page, or the site API while the CMS is unavailable) tells clients when to
 * come back, so crawlers treat the outage as temporary rather than dropping the page. Set when
 * the error is captured, before Nitro's error handler renders the error page into the response.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('error', (error, { event }) => {
    if (!event || event.handled || !isError(error) || error.statusCode !== 503) return
    setResponseHeader(event, 'Retry-After', RETRY_AFTER_SECONDS)
  })
})
