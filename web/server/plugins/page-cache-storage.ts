import redisDriver from 'unstorage/drivers/redis'

/**
 * Rendered pages are cached in Nitro's `cache` storage (memory by default). With several site
 * instances behind a proxy, NUXT_REDIS_URL makes them share it, so a page is rendered once for
 * all of them and a CMS outage is covered by whatever any instance cached.
 */
export default defineNitroPlugin(() => {
  const { redisUrl } = useRuntimeConfig()
  if (redisUrl) useStorage().mount('cache', redisDriver({ url: redisUrl, base: 'vigeo:cache' }))
})
