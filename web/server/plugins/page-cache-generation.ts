import { currentGeneration, PAGES_GENERATION } from '../utils/cache-generation'
import { PAGE_GENERATION_HEADER } from '../utils/page-cache'

/**
 * Puts the pages' purge generation into each cached page request, where the route rules' cache
 * key reads it (`cache.varies` in nuxt.config.ts): a page render that began before a purge is
 * stored under the old generation and never served, and requests after the purge render afresh
 * instead of waiting on it. A visitor's own value of the header is always dropped.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('request', async (event) => {
    const headers = event.node.req.headers
    delete headers[PAGE_GENERATION_HEADER]
    if (event.method !== 'GET' && event.method !== 'HEAD') return
    if (!getRouteRules(event).cache) return
    headers[PAGE_GENERATION_HEADER] = await currentGeneration(useStorage('cache'), PAGES_GENERATION)
  })
})
