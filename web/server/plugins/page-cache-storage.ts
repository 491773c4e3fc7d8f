import redisDriver from 'unstorage/drivers/redis'
import { memoryCacheDriver } from '../utils/memory-cache-driver'

/**
 * Rendered pages and CMS data are cached in Nitro's `cache` storage. On one instance it is a
 * bounded in-memory LRU, so a flood of distinct URLs cannot exhaust memory. With several site
 * instances behind a proxy, NUXT_REDIS_URL makes them share Redis, so a page is rendered once for
 * all of them and a CMS outage is covered by whatever any instance cached. Every Redis entry
 * expires: Nitro stores stale-while-revalidate entries without a TTL, and a purge leaves the
 * previous generation's entries behind, so without one the cache would only ever grow. Entries
 * not refreshed for a day (pageCache.redisTtlSeconds) expire; the few purge generations never do.
 */
export default defineNitroPlugin(() => {
  const { redisUrl, pageCache } = useRuntimeConfig()
  useStorage().mount(
    'cache',
    redisUrl
      ? redisDriver({
          url: redisUrl,
          base: 'vigeo:cache',
          ttl: Number(pageCache.redisTtlSeconds) || 86_400,
        })
      : memoryCacheDriver({
          maxEntries: Number(pageCache.maxEntries),
          maxBytes: Number(pageCache.maxMegabytes) * 1024 * 1024,
        }),
  )
})
