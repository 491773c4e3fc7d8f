import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inlineScriptHashes } from '../../server/utils/csp'
import type { CmsServer } from '../support/cms-server'
import type { CountingProxy } from '../support/counting-proxy'
import { startSite, type ProxiedSite } from '../support/site'
import { startWebServer, type WebServer } from '../support/web-server'

/** PAGE_CACHE_SECONDS in nuxt.config.ts, plus a margin. */
const CACHE_EXPIRY_MS = 11_000
const PHONE = '(817) 555-0134'

let site: ProxiedSite | undefined
let cms: CmsServer
let proxy: CountingProxy
let web: WebServer

beforeAll(async () => {
  site = await startSite({ proxy: true })
  ;({ cms, proxy, web } = site)
})
afterAll(() => site?.stop())

const get = async (path: string) => {
  const started = Date.now()
  const response = await fetch(`${web.url}${path}`, { headers: { accept: 'text/html' } })
  return { status: response.status, html: await response.text(), ms: Date.now() - started }
}

describe('page cache', () => {
  it('answers a warm page without calling the CMS', async () => {
    expect((await get('/articles/ketamine-and-ptsd')).status).toBe(200)
    const before = proxy.requests.length
    const warm = await get('/articles/ketamine-and-ptsd')
    expect(warm.status).toBe(200)
    expect(warm.html).toContain('Symptoms Of PTSD')
    expect(proxy.requests.length).toBe(before)
  })

  it('renders a cold page once for requests that arrive together', async () => {
    const isPtsdQuery = (url: string) =>
      url.startsWith('/api/conditions') && url.includes('[slug][$eq]=ptsd')
    const pages = await Promise.all(Array.from({ length: 8 }, () => get('/conditions/ptsd')))
    expect(pages.map((p) => p.status)).toEqual(Array(8).fill(200))
    expect(proxy.requests.filter(isPtsdQuery)).toHaveLength(1)
  })
})

describe('security headers', () => {
  it('sends a hash-based CSP matching the page, and the other security headers', async () => {
    const response = await fetch(`${web.url}/articles/ketamine-and-ptsd`)
    const html = await response.text()
    const header = (name: string) => response.headers.get(name) ?? ''
    const scriptSrc = header('content-security-policy')
      .split('; ')
      .find((directive) => directive.startsWith('script-src'))
    expect(scriptSrc).toBe(`script-src 'self' ${inlineScriptHashes(html).join(' ')}`)
    expect(scriptSrc).not.toContain('unsafe-inline')
    expect(header('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(header('strict-transport-security')).toMatch(/max-age=\d+/)
    expect(header('x-content-type-options')).toBe('nosniff')
    expect(header('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(header('permissions-policy')).toContain('camera=()')
  })
})

describe('when the CMS hangs (alive, never answering)', () => {
  let cold: WebServer

  beforeAll(async () => {
    // A site with nothing cached: the layout's reads and the page's own all have to wait.
    // The production budget (nuxt.config.ts cmsTimeoutMs).
    cold = await startWebServer({
      cmsUrl: proxy.url,
      cmsToken: cms.readToken,
      cmsTimeoutMs: 1500,
    })
    cms.hang()
  })
  afterAll(async () => {
    cms.resume()
    await cold?.stop()
  })

  it('answers a never-cached page with the branded 503 within one CMS budget for the whole page', async () => {
    const started = Date.now()
    const response = await fetch(`${cold.url}/locations/fort-worth`, {
      headers: { accept: 'text/html' },
    })
    const html = await response.text()
    const elapsed = Date.now() - started
    expect(response.status).toBe(503)
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(response.headers.get('content-type')).toContain('text/html')
    expect(html).toContain('Something went wrong')
    expect(html).toContain(PHONE)
    expect(html).not.toContain(proxy.url)
    expect(html).not.toMatch(/\bat .+\.(m?js|ts):\d+/)
    // The layout's reads and the page's read share one 1.5 s budget: two budgets would be 3 s.
    expect(elapsed).toBeLessThan(2900)
  })
})

describe('when the CMS is down', () => {
  beforeAll(async () => {
    // Warm the pages the outage tests rely on, then take the CMS away.
    expect((await get('/')).status).toBe(200)
    await cms.stop({ keepDatabase: true })
  })

  it('keeps serving cached pages, fresh and then stale, with 200', async () => {
    const fresh = await get('/')
    expect(fresh.status).toBe(200)
    expect(fresh.html).toContain('Ketamine Infusion Therapy in Fort Worth, TX')

    await sleep(CACHE_EXPIRY_MS)
    const stale = await get('/')
    expect(stale.status).toBe(200)
    expect(stale.html).toContain('Ketamine Infusion Therapy in Fort Worth, TX')
    const staleArticle = await get('/articles/ketamine-and-ptsd')
    expect(staleArticle.status).toBe(200)
  })

  it('shows the branded 503 page with the phone number for a page never cached, within 2 s', async () => {
    const page = await get('/locations/fort-worth')
    expect(page.status).toBe(503)
    expect(page.html).toContain(PHONE)
    expect(page.ms).toBeLessThan(2000)
    expect(page.html).not.toContain(proxy.url)
    expect(page.html).not.toMatch(/\bat .+\.(m?js|ts):\d+/)
  })

  it('keeps the consultation form available, with a fresh idempotency key per visit', async () => {
    const [first, second] = [await get('/request-consultation'), await get('/request-consultation')]
    expect(first.status).toBe(200)
    expect(first.html).toContain('name="fullName"')
    const submissionId = (html: string) => html.match(/name="submissionId" value="([^"]+)"/)?.[1]
    expect(submissionId(first.html)).toBeTruthy()
    expect(submissionId(second.html)).not.toBe(submissionId(first.html))
  })

  it('never caches the error: the page renders again once the CMS is back', async () => {
    expect((await get('/locations/fort-worth')).status).toBe(503)
    await cms.start()
    const page = await get('/locations/fort-worth')
    expect(page.status).toBe(200)
    expect(page.html).toContain('906 W Cannon St.')
  })
})
