import Redis from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PAGE_TYPES } from '../../scripts/page-types.mjs'
import { PAGES_GENERATION } from '../../server/utils/cache-generation'
import { routeCacheKey } from '../../server/utils/page-cache'
import type { CountingProxy } from '../support/counting-proxy'
import { startSite, type ProxiedSite } from '../support/site'
import { startWebServer, type WebServer } from '../support/web-server'

// A database index of its own on the shared Redis (127.0.0.1:6379), emptied before the site
// starts: entries an earlier run left would be served as this run's pages.
const REDIS_URL = process.env.TEST_REDIS_URL_PAGES ?? 'redis://127.0.0.1:6379/10'
const SECRET = 'page-cache-hits-secret'
const { article: ARTICLE, home: HOME } = PAGE_TYPES

let site: ProxiedSite | undefined
let proxy: CountingProxy
let web: WebServer
let shared: WebServer
let redis: Redis

beforeAll(async () => {
  site = await startSite({
    proxy: true,
    token: 'admin-created',
    web: { env: { NUXT_REVALIDATE_SECRET: SECRET } },
  })
  ;({ proxy, web } = site)
  redis = new Redis(REDIS_URL)
  await redis.flushdb()
  shared = await startWebServer({
    cmsUrl: site.cms.url,
    cmsToken: site.cmsToken,
    env: { NUXT_REDIS_URL: REDIS_URL },
  })
}, 120_000)
afterAll(async () => {
  await shared?.stop()
  await site?.stop()
  redis?.disconnect()
})

const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { headers: { accept: 'text/html', ...headers } })

/** A response's headers without the ones that differ between any two responses. */
const headersOf = (response: Response) =>
  Object.fromEntries([...response.headers].filter(([name]) => !['date'].includes(name)))

describe('a cached page', () => {
  it('answers a repeat visit with the bytes and headers of the render, without the CMS', async () => {
    const first = await get(web.url + ARTICLE)
    expect(first.status).toBe(200)
    const html = await first.text()
    const cmsCalls = proxy.requests.length
    for (let i = 0; i < 3; i++) {
      const again = await get(web.url + ARTICLE)
      expect(again.status).toBe(200)
      expect(headersOf(again)).toEqual(headersOf(first))
      expect(again.headers.get('content-length')).toBe(String(Buffer.byteLength(html)))
      expect(again.headers.get('transfer-encoding')).toBeNull()
      expect(await again.text()).toBe(html)
    }
    expect(proxy.requests.length).toBe(cmsCalls)
  })

  it('answers 304 to a revalidation with its ETag, and HEAD with its headers alone', async () => {
    const page = await get(web.url + ARTICLE)
    const etag = page.headers.get('etag') ?? ''
    expect(etag).not.toBe('')
    expect((await get(web.url + ARTICLE, { 'if-none-match': etag })).status).toBe(304)
    const head = await fetch(web.url + ARTICLE, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-security-policy')).toBe(
      page.headers.get('content-security-policy'),
    )
    expect(await head.text()).toBe('')
  })

  it('sets the landing campaign cookie on a cached page and keeps it out of the cache', async () => {
    const plain = await (await get(web.url + ARTICLE)).text()
    const landing = await get(`${web.url}${ARTICLE}?utm_source=hits-test&gclid=hit1`)
    expect(landing.status).toBe(200)
    expect(landing.headers.get('set-cookie')).toMatch(/^vw_campaign=/)
    expect(await landing.text()).toBe(plain)
    expect((await get(web.url + ARTICLE)).headers.get('set-cookie')).toBeNull()
  })

  it('is rendered again after a purge, not sent from memory', async () => {
    await (await get(web.url + HOME)).text()
    const before = proxy.requests.length
    const purge = await fetch(`${web.url}/api/_revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-revalidate-secret': SECRET },
      body: JSON.stringify({ event: 'entry.publish', model: 'home-page' }),
    })
    expect(purge.status).toBeLessThan(300)
    expect((await get(web.url + HOME)).status).toBe(200)
    expect(proxy.requests.length).toBeGreaterThan(before)
  })
})

describe('the page cache key', () => {
  it.each([
    ['the article', ARTICLE, ARTICLE],
    ['the home page with an ad click id', `${HOME}?gclid=key-test`, HOME],
    ['the article list with junk', '/articles?utm_source=x&page=1&b[]=2', '/articles'],
  ])(
    'is the one Nitro stores %s under (read by the in-memory hit path)',
    async (_name, url, canonical) => {
      expect((await get(shared.url + url)).status).toBe(200)
      // The pages' purge generation, which the site started on its first cached page.
      const generation = (await redis.get(`vigeo:cache:${PAGES_GENERATION}`)) ?? ''
      expect(generation).not.toBe('')
      const key = `vigeo:cache:${routeCacheKey(canonical, generation)}`
      await expect.poll(() => redis.exists(key)).toBe(1)
      // Entries expire (Nitro stores stale-while-revalidate entries without a TTL); the purge
      // generation does not (-1: no expiry), or every cached page would drop at once.
      expect(await redis.ttl(key)).toBeGreaterThan(0)
      expect(await redis.ttl(`vigeo:cache:${PAGES_GENERATION}`)).toBe(-1)
    },
  )
})
