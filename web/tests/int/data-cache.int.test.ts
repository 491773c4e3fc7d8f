import { setTimeout as sleep } from 'node:timers/promises'
import Redis from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cmsAdmin } from '../support/cms-admin'
import type { CmsServer } from '../support/cms-server'
import type { CountingProxy } from '../support/counting-proxy'
import { startSite, type ProxiedSite } from '../support/site'
import { startWebServer, type WebServer } from '../support/web-server'

const SECRET = 'test-data-cache-secret-0123456789abcdef'
const ARTICLE = '/articles/ketamine-and-ptsd'
const HELD_BUDGET_MS = 20_000

let site: ProxiedSite | undefined
let cms: CmsServer
let proxy: CountingProxy
let web: WebServer

beforeAll(async () => {
  site = await startSite({
    proxy: true,
    web: {
      // A CMS answer held back by the proxy must not run out the request's CMS budget.
      cmsTimeoutMs: HELD_BUDGET_MS,
      env: { NUXT_REVALIDATE_SECRET: SECRET },
    },
  })
  ;({ cms, proxy, web } = site)
})
afterAll(() => site?.stop())

const get = async (path: string, site = web.url) => {
  const response = await fetch(`${site}${path}`, { headers: { accept: 'text/html' } })
  return { status: response.status, html: await response.text() }
}

/**
 * What the CMS tells the site on publish (no model: a change the site cannot narrow down; a
 * slug: the one entry that changed).
 */
async function revalidate(model?: string, slug?: string, site = web.url) {
  const response = await fetch(`${site}/api/_revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-revalidate-secret': SECRET },
    body: JSON.stringify({
      event: 'entry.publish',
      ...(model && { model }),
      ...(slug && { entry: { slug } }),
    }),
  })
  expect(response.status).toBe(200)
  return (await response.json()) as { pages: number; data: number }
}

/** The CMS requests made while `run` ran. */
async function cmsCallsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const from = proxy.requests.length
  await run()
  return proxy.requests.slice(from)
}

const isArticleRead = (url: string) =>
  url.startsWith('/api/articles?') && url.includes('[slug][$eq]=ketamine-and-ptsd')

describe('the site’s cache of CMS data', () => {
  it('renders a page again without calling the CMS when its data is cached', async () => {
    expect((await get(ARTICLE)).status).toBe(200)
    // A change to the home page drops every page, but not the article's data or the site frame's.
    const purged = await revalidate('home-page')
    expect(purged.pages).toBeGreaterThan(0)
    const calls = await cmsCallsDuring(async () => {
      const page = await get(ARTICLE)
      expect(page.status).toBe(200)
      expect(page.html).toContain('Symptoms Of PTSD')
      expect(page.html).toContain('href="/conditions/ptsd"')
    })
    expect(calls).toEqual([])
  })

  it('reads each entry from the CMS once for many renders and API calls arriving together', async () => {
    await revalidate()
    const pages = ['/', '/articles', '/conditions', '/locations', ARTICLE, '/conditions/ptsd']
    const calls = await cmsCallsDuring(async () => {
      const answers = await Promise.all([
        ...pages.map((path) => get(path)),
        ...Array.from({ length: 20 }, () => fetch(`${web.url}/api${ARTICLE}`)),
      ])
      expect(answers.map((answer) => answer.status)).toEqual(Array(answers.length).fill(200))
    })
    expect(calls.filter(isArticleRead)).toHaveLength(1)
    // The site frame (settings, conditions, locations) is read once for all six pages.
    expect(calls.length).toBe(new Set(calls).size)
    expect(calls.filter((url) => url.startsWith('/api/site-setting'))).toHaveLength(1)
  })

  it('answers a repeated unknown slug from the cache, until a publish may have added it', async () => {
    const isUnknownRead = (url: string) => url.includes('[slug][$eq]=no-such-article')
    const flood = () =>
      cmsCallsDuring(async () => {
        for (let i = 0; i < 10; i++) {
          expect((await fetch(`${web.url}/api/articles/no-such-article`)).status).toBe(404)
        }
        expect((await get('/articles/no-such-article')).status).toBe(404)
      })
    expect((await flood()).filter(isUnknownRead)).toHaveLength(1)
    await revalidate('article')
    expect((await flood()).filter(isUnknownRead)).toHaveLength(1)
  })

  it('keeps the data of models a publish did not touch, and drops those it did', async () => {
    expect((await get(ARTICLE)).status).toBe(200)
    const { data } = await revalidate('api::location.location')
    expect(data).toBeGreaterThan(0)
    expect(
      (await cmsCallsDuring(() => get(ARTICLE))).filter((url) => !url.startsWith('/api/locations')),
    ).toEqual([])
    await revalidate('condition')
    // An article page lists its conditions: their change is read again.
    expect((await cmsCallsDuring(() => get(ARTICLE))).filter(isArticleRead)).toHaveLength(1)
  })
})

describe('a publish while a read from before it is still on its way', () => {
  const ARTICLE_UID = 'api::article.article'
  const h1 = (html: string) => html.match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1]
  const apiTitle = async (site: string, slug: string) => {
    const body: unknown = await (await fetch(`${site}/api/articles/${slug}`)).json()
    return typeof body === 'object' && body !== null ? Reflect.get(body, 'title') : undefined
  }

  /**
   * A visitor's page render on `reader` reads an article; the CMS answers before a publish,
   * and the answer reaches the site only after `purger` was told of the publish.
   */
  async function publishDuringRead(
    slug: string,
    { reader, purger, namesEntry }: { reader: string; purger: string; namesEntry: boolean },
  ) {
    const admin = await cmsAdmin(cms.url)
    const id = await admin.createPublished(ARTICLE_UID, {
      title: 'Before the publish',
      slug,
      excerpt: 'Published by the purge race test.',
    })
    const path = `/articles/${slug}`
    const held = proxy.holdNext(
      (url) => url.startsWith('/api/articles?') && url.includes(`[slug][$eq]=${slug}`),
    )
    const renderedBefore = get(path, reader)
    try {
      await held.answered
      await admin.update(ARTICLE_UID, id, { title: 'After the publish' })
      await admin.publish(ARTICLE_UID, id)
      await revalidate('article', namesEntry ? slug : undefined, purger)
      // A visitor after the purge does not wait for the read from before it.
      const early = await Promise.race([get(path, reader), sleep(5_000, undefined)])
      expect(early && h1(early.html), 'page asked while the old read is held').toBe(
        'After the publish',
      )
    } finally {
      held.release()
    }
    expect(h1((await renderedBefore).html)).toBe('Before the publish')
    // The late answer and its page were stored where no later request looks.
    for (const site of new Set([reader, purger])) {
      expect(await apiTitle(site, slug)).toBe('After the publish')
      expect(h1((await get(path, site)).html)).toBe('After the publish')
    }
    await admin.delete(ARTICLE_UID, id)
  }

  it.each([
    ['its model, as the CMS reports it', false],
    ['the changed entry by slug', true],
  ])(
    'shows the published text at once when the purge names %s, not the late answer',
    async (_, namesEntry) => {
      const slug = `purge-race-${namesEntry ? 'entry' : 'model'}`
      await publishDuringRead(slug, { reader: web.url, purger: web.url, namesEntry })
    },
  )

  describe('with two site instances sharing Redis', () => {
    // The Redis of the other Redis tests, in a database number of its own.
    const redisUrl = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379')
    redisUrl.pathname = '/11'
    const REDIS_URL = redisUrl.href
    let redis: Redis | undefined
    const sites: WebServer[] = []
    const dropCache = async () => {
      const keys = (await redis?.keys('vigeo:cache:*')) ?? []
      if (keys.length > 0) await redis?.del(...keys)
    }

    beforeAll(async () => {
      redis = new Redis(REDIS_URL)
      await dropCache()
      for (let i = 0; i < 2; i++) {
        sites.push(
          await startWebServer({
            cmsUrl: proxy.url,
            cmsToken: cms.readToken,
            cmsTimeoutMs: HELD_BUDGET_MS,
            env: { NUXT_REVALIDATE_SECRET: SECRET, NUXT_REDIS_URL: REDIS_URL },
          }),
        )
      }
    })
    afterAll(async () => {
      await Promise.all(sites.map((site) => site.stop()))
      await dropCache()
      redis?.disconnect()
    })

    it('shows the published text on both when the other instance was told of the publish', async () => {
      const [reader, purger] = sites.map((site) => site.url) as [string, string]
      await publishDuringRead('purge-race-redis', { reader, purger, namesEntry: false })
    })
  })
})
