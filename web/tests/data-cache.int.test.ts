import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCmsServer, type CmsServer } from './support/cms-server'
import { startCountingProxy, type CountingProxy } from './support/counting-proxy'
import { startWebServer, type WebServer } from './support/web-server'

const SECRET = 'test-data-cache-secret-0123456789abcdef'
const ARTICLE = '/articles/ketamine-and-ptsd'

let cms: CmsServer
let proxy: CountingProxy
let web: WebServer

beforeAll(async () => {
  cms = await startCmsServer()
  proxy = await startCountingProxy(cms.url)
  web = await startWebServer({
    cmsUrl: proxy.url,
    cmsToken: cms.readToken,
    env: { NUXT_REVALIDATE_SECRET: SECRET },
  })
})
afterAll(async () => {
  await web?.stop()
  await proxy?.stop()
  await cms?.stop()
})

const get = async (path: string) => {
  const response = await fetch(`${web.url}${path}`, { headers: { accept: 'text/html' } })
  return { status: response.status, html: await response.text() }
}

/** What the CMS tells the site on publish (no model: a change the site cannot narrow down). */
async function revalidate(model?: string) {
  const response = await fetch(`${web.url}/api/_revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-revalidate-secret': SECRET },
    body: JSON.stringify({ event: 'entry.publish', ...(model && { model }) }),
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
