/**
 * Gives every request its content reads (server/utils/site-data.ts) on `event.context.siteData`,
 * so a page's server render reads through the data cache in-process (app/composables/
 * useSiteRead.ts) instead of a loopback request through the site's own /api routes, which cost a
 * page render four passes through h3 and a JSON round trip per read.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('request', (event) => {
    useSiteData(event)
  })
})
