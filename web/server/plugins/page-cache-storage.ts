import redisDriver from 'unstorage/drivers/redis'
import { memoryCacheDriver } from '../utils/memory-cache-driver'

/**
 * Rendered pages and CMS data are cached in Nitro's `cache` storage. On one instance it is a
 * bounded in-memory LRU, so a flood of distinct URLs cannot exhaust memory. With several site
 * instances behind a proxy, NUXT_REDIS_URL makes them share Redis (entries keep their TTLs, and
 * Redis's own maxmemory policy bounds it), so a page is rendered once for all of them and a CMS
 * outage is covered by whatever any instance cached.
 */
export default defineNitroPlugin(() => {
  const { redisUrl, pageCache } = useRuntimeConfig()
  useStorage().mount(
    'cache',
    redisUrl
      ? redisDriver({ url: redisUrl, base: 'vigeo:cache' })
      : memoryCacheDriver({
          maxEntries: Number(pageCache.maxEntries),
          maxBytes: Number(pageCache.maxMegabytes) * 1024 * 1024,
        }),
  )
})
