import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CmsServer } from '../support/cms-server'
import { getFreePort } from '../support/free-port'
import { startSite, type Site } from '../support/site'
import { startWebServer, type WebServer } from '../support/web-server'

async function get(url: string): Promise<{ status: number; html: string }> {
  const response = await fetch(url, { headers: { Accept: 'text/html' } })
  return { status: response.status, html: await response.text() }
}

describe('server-side rendering from the seeded CMS', () => {
  let site: Site | undefined
  let cms: CmsServer | undefined
  let web: WebServer | undefined
  let token = ''

  beforeAll(async () => {
    site = await startSite({ token: 'admin-created' })
    ;({ cms, web, cmsToken: token } = site)
  }, 120_000)

  afterAll(() => site?.stop())

  const page = (path: string) => get(`${web?.url}${path}`)

  it('renders the home page with the hero, the financing banner and the clinic frame', async () => {
    const { status, html } = await page('/')
    expect(status).toBe(200)
    expect(html).toMatch(/<html[^>]* lang="en"/)
    expect(html).toMatch(/<h1[^>]*>Ketamine Infusion Therapy in Fort Worth, TX<\/h1>/)
    expect(html).toContain('Interest Free Financing Available')
    expect(html).toMatch(/href="\/conditions\/ptsd"/)
    expect(html).toMatch(/href="\/articles\/ketamine-and-ptsd"/)
    expect(html).toContain('href="tel:+18175550134"')
    expect(html).toContain('(817) 555-0134')
    expect(html).toMatch(/href="\/request-consultation"[^>]*>Request a Consultation</)
  })

  it('renders the seeded article: title, headings with anchors, list items and a call link', async () => {
    const { status, html } = await page('/articles/ketamine-and-ptsd')
    expect(status).toBe(200)
    expect(html).toMatch(/<h1[^>]*>Ketamine &amp; PTSD<\/h1>/)
    expect(html).toMatch(/<h3[^>]*id="symptoms-of-ptsd"[^>]*>Symptoms Of PTSD<\/h3>/)
    expect(html).toMatch(
      /<h3[^>]*id="how-ketamine-works-in-the-brain"[^>]*>How Ketamine Works In The Brain<\/h3>/,
    )
    expect(html).toMatch(/<li[^>]*>Nightmares<\/li>/)
    expect(html).toContain('6 min read')
    expect(html).toContain('href="tel:+18175550134"')
    expect(html).toMatch(/<title>Ketamine &amp; PTSD \| Vigeo Wellness, Fort Worth TX<\/title>/)
  })

  it('answers an unknown article with a real 404 page', async () => {
    const { status, html } = await page('/articles/no-such-article')
    expect(status).toBe(404)
    expect(html).toContain('Page not found')
  })

  it.each([
    '/',
    '/conditions/ptsd',
    '/articles',
    '/articles/ketamine-and-ptsd',
    '/locations/fort-worth',
    '/financing',
    '/request-consultation/thank-you',
  ])('serves %s as plain HTML: no app bundle, no payload', async (path) => {
    const { html } = await page(path)
    expect(html).toContain('<details class="nav-menu"')
    expect(html).not.toMatch(/<script[^>]*\ssrc=|rel="modulepreload"|__NUXT_DATA__|importmap/)
    // Only the Escape-closes-the-menu enhancement runs, inline.
    expect(html.match(/<script>/g)).toHaveLength(1)
    expect(html).toContain("closest('details.nav-menu[open]')")
  })

  it('serves the 404 page without any script to run', async () => {
    const { status, html } = await page('/no-such-page')
    expect(status).toBe(404)
    expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/)
  })

  it('serves the consultation form without the app: one small first-party script validates it', async () => {
    const { html } = await page('/request-consultation')
    expect(html).not.toMatch(/\/_nuxt\/[^"]*\.js|rel="modulepreload"|__NUXT_DATA__|importmap/)
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map(([, src]) => src)
    expect(scripts).toEqual([expect.stringMatching(/^\/_scripts\/lead-form\.[\w-]+\.js$/)])
    expect(html).toMatch(/<form id="lead-form"[^>]*data-inline-validation/)
    expect(html).toContain("closest('details.nav-menu[open]')")
    const script = await fetch(`${web?.url}${scripts[0]}`)
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toMatch(/javascript/)
    expect(script.headers.get('cache-control')).toMatch(/max-age=31536000/)
    // The page's JavaScript budget: 20 KB gzipped (the Vue app was 107 KB).
    const bytes = Buffer.from(await script.arrayBuffer())
    expect(gzipSync(bytes).length).toBeLessThanOrEqual(20 * 1024)
  })

  it('adds no script to a page whose embedded form posts plainly', async () => {
    const { html } = await page('/conditions/ptsd')
    expect(html).toMatch(/<form id="lead-form"/)
    expect(html).not.toContain('data-inline-validation')
    expect(html).not.toContain('/_scripts/')
  })

  it('never sends the CMS address or its token to the browser', async () => {
    const responses = await Promise.all(
      [
        '/',
        '/articles/ketamine-and-ptsd',
        '/articles/no-such-article',
        '/api/site',
        '/api/home',
        '/api/articles/no-such-article',
      ].map(page),
    )
    expect(token.length).toBeGreaterThan(20)
    for (const { html } of responses) {
      expect(html).not.toContain(cms?.url)
      expect(html).not.toContain(token)
    }
  })
})

describe('server-side rendering while the CMS is down', () => {
  let web: WebServer | undefined
  let cmsUrl = ''
  const token = 'not-a-real-token-but-still-secret'

  beforeAll(async () => {
    // Nothing listens on this port: every CMS request is refused.
    cmsUrl = `http://127.0.0.1:${await getFreePort()}`
    web = await startWebServer({ cmsUrl, cmsToken: token })
  }, 30_000)

  afterAll(async () => {
    await web?.stop()
  })

  it('answers 503 with a generic page that names neither the CMS nor the token', async () => {
    const { status, html } = await get(`${web?.url}/`)
    expect(status).toBe(503)
    expect(html).toContain('Something went wrong')
    // The phone number still reaches the visitor: the runtime-config fallback (public.clinicPhone).
    expect(html).toContain('href="tel:+18175550134"')
    expect(html).not.toContain(cmsUrl)
    expect(html).not.toContain(token)
    expect(html).not.toMatch(/ECONNREFUSED|at .*\.mjs/)
  })

  it('answers API calls with a bare 503 and logs the cause without the token', async () => {
    const { status, html: body } = await get(`${web?.url}/api/site`)
    expect(status).toBe(503)
    expect(body).not.toContain(cmsUrl)
    expect(body).not.toContain('ECONNREFUSED')
    expect(web?.output()).toMatch(
      /\[cms\] CMS unavailable for \/api\/site-setting \(ECONNREFUSED\)/,
    )
    expect(web?.output()).not.toContain(token)
  })
})
