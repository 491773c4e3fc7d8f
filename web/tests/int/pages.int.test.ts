import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cmsAdmin } from '../support/cms-admin'
import type { CmsServer } from '../support/cms-server'
import { PAGE_TYPES } from '../../scripts/page-types.mjs'
import { getPage, jsonLd, ldTypes, metaContent } from '../support/html'
import { startSite, type Site } from '../support/site'
import type { WebServer } from '../support/web-server'

const SITE_URL = 'https://www.vigeo.example'

describe('patient site pages rendered from the seeded CMS', () => {
  let site: Site | undefined
  let cms: CmsServer | undefined
  let web: WebServer | undefined
  let admin: Awaited<ReturnType<typeof cmsAdmin>>

  beforeAll(async () => {
    site = await startSite({ token: 'admin-created', web: { siteUrl: SITE_URL } })
    ;({ cms, web } = site)
    admin = await cmsAdmin(cms.url)
    // Drafts an editor saved but never published: the site must not show them.
    await admin.createDraft('api::condition.condition', {
      name: 'Draft Condition',
      slug: 'draft-condition',
      summary: 'Not yet.',
      displayOrder: 1,
    })
    await admin.createDraft('api::article.article', {
      title: 'Draft Article',
      slug: 'draft-article',
      excerpt: 'Not yet.',
    })
    await admin.createDraft('api::location.location', {
      name: 'Draft Town',
      slug: 'draft-town',
      phone: '+18175550199',
    })
    await admin.createDraft('api::page.page', { title: 'Draft Page', slug: 'draft-page' })
  }, 120_000)

  afterAll(async () => {
    await site?.stop()
  })

  const page = (path: string) => getPage(`${web?.url}${path}`)

  it('lists every published condition under "Conditions We Treat" in the header and footer', async () => {
    const { html } = await page('/')
    const menu = html.match(/<details[^>]*class="nav-menu"[^>]*>.*?<\/details>/s)?.[0] ?? ''
    expect(menu).toMatch(/<summary class="nav-menu__toggle"[^>]*>Conditions We Treat<\/summary>/)
    for (const slug of ['ptsd', 'depression', 'anxiety', 'chronic-pain']) {
      expect(menu).toContain(`href="/conditions/${slug}"`)
    }
    expect(menu).toContain('href="/conditions"')
    expect(html).not.toContain('Draft Condition')
  })

  it('shows the clinic address, phone, hours and privacy policy in the footer of every page', async () => {
    const { html } = await page('/articles')
    const footer = html.match(/<footer.*<\/footer>/s)?.[0] ?? ''
    expect(footer).toContain('906 W Cannon St., Suite 100')
    expect(footer).toContain('Fort Worth, TX 76104')
    expect(footer).toContain('href="tel:+18175550134"')
    expect(footer).toMatch(/Monday – Friday.*9:00 AM – 5:00 PM/s)
    expect(footer).toMatch(/href="\/privacy-policy"[^>]*>Privacy Policy</)
    // The phone-sized call bar and the consultation link are part of every page.
    expect(html).toMatch(/class="call-bar".*href="tel:\+18175550134"/s)
    expect(html).toMatch(/href="\/request-consultation"[^>]*>\s*Request a Consultation/)
  })

  it('lists the conditions in display order on /conditions', async () => {
    const { status, html } = await page('/conditions')
    expect(status).toBe(200)
    expect(html).toMatch(/<h1[^>]*>Conditions We Treat<\/h1>/)
    const main = html.match(/<main.*<\/main>/s)?.[0] ?? ''
    const order = [...main.matchAll(/<h2 class="card__title">([^<]+)<\/h2>/g)].map((m) => m[1])
    expect(order).toEqual(['PTSD', 'Depression', 'Anxiety', 'Chronic Pain'])
    expect(ldTypes(html)).toContain('BreadcrumbList')
  })

  it('renders a condition: summary, symptoms, body, related article and a preselecting CTA', async () => {
    const { status, html } = await page('/conditions/ptsd')
    expect(status).toBe(200)
    expect(html).toMatch(/<h1[^>]*>PTSD<\/h1>/)
    expect(html).toContain('Post-traumatic stress disorder (PTSD) is a mental health condition')
    expect(html).toMatch(/<li[^>]*>Nightmares<\/li>/)
    expect(html).toMatch(/href="\/articles\/ketamine-and-ptsd"[^>]*>Ketamine &amp; PTSD</)
    expect(html).toContain('href="/request-consultation?condition=ptsd"')
    expect(html).not.toMatch(/href="\/request-consultation"[^>]*>\s*Request A Consultation/)
    expect(ldTypes(html)).toEqual(expect.arrayContaining(['MedicalCondition', 'BreadcrumbList']))
    expect(metaContent(html, 'og:url')).toBe(`${SITE_URL}/conditions/ptsd`)
  })

  it('lists articles newest first, and answers 404 beyond the last page', async () => {
    const first = await page('/articles')
    expect(first.status).toBe(200)
    expect(first.html).toMatch(/<h2 class="card__title"><a href="\/articles\/ketamine-and-ptsd"/)
    expect(first.html).not.toContain('Draft Article')
    expect((await page('/articles?page=1')).status).toBe(200)
    expect((await page('/articles?page=2')).status).toBe(404)
    expect((await page('/articles?page=zero')).status).toBe(404)
  })

  it('gives a long article a table of contents from its h2 headings, and related conditions', async () => {
    const { status, html } = await page('/articles/ketamine-and-ptsd')
    expect(status).toBe(200)
    const toc = html.match(/<nav class="toc".*?<\/nav>/s)?.[0] ?? ''
    expect(toc).toContain('href="#understanding-ptsd"')
    expect(html).toMatch(/<h2[^>]*id="understanding-ptsd"/)
    expect(toc).not.toContain('#symptoms-of-ptsd')
    expect(html).toMatch(
      /<h2 id="related"[^>]*>Related conditions<\/h2>.*href="\/conditions\/ptsd"/s,
    )
    expect(ldTypes(html)).toEqual(
      expect.arrayContaining(['Article', 'MedicalWebPage', 'BreadcrumbList']),
    )
    expect(metaContent(html, 'og:type')).toBe('article')
    expect(html).toContain(`<link rel="canonical" href="${SITE_URL}/articles/ketamine-and-ptsd">`)
  })

  it('renders the locations with address, hours, phone, directions, a maps link and the form', async () => {
    const list = await page('/locations')
    expect(list.status).toBe(200)
    expect(list.html).toContain('href="/locations/fort-worth"')
    expect(list.html).not.toContain('Draft Town')

    const { status, html } = await page('/locations/fort-worth')
    expect(status).toBe(200)
    expect(html).toMatch(/<h1[^>]*>Vigeo Wellness Fort Worth<\/h1>/)
    expect(html).toContain('We are in Suite 100 at 906 W Cannon St.')
    expect(html).toContain(
      'href="https://www.google.com/maps/search/?api=1&amp;query=906%20W%20Cannon%20St.%2C%20Suite%20100%2C%20Fort%20Worth%2C%20TX%2076104%2C%20US"',
    )
    // The consultation form itself (the location select appears once there are several).
    expect(html).toMatch(
      /<h2 id="lead-embed-heading"[^>]*>Request a consultation in Fort Worth<\/h2>/,
    )
    expect(html).toMatch(/<form id="lead-form"[^>]*action="\/request-consultation"/)
    // Nothing is loaded from a map host: no iframe and no third-party image.
    expect(html).not.toMatch(/<iframe|<img[^>]+src="https?:/)
    const clinic = jsonLd(html).find((item) => item['@type'] === 'MedicalClinic')
    expect(clinic).toMatchObject({
      telephone: '+18175550134',
      geo: { latitude: 32.7366, longitude: -97.3331 },
      address: { postalCode: '76104' },
      openingHoursSpecification: [
        { dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], opens: '09:00' },
      ],
      // From Site settings (seeded), not from the site's code.
      medicalSpecialty: 'Psychiatric',
      availableService: expect.arrayContaining([
        { '@type': 'MedicalTherapy', name: 'Ketamine infusion therapy for PTSD' },
      ]),
    })
  })

  it('renders CMS pages at the top level, with noindex where the page asks for it', async () => {
    const financing = await page('/financing')
    expect(financing.status).toBe(200)
    expect(metaContent(financing.html, 'robots')).toBeUndefined()
    const privacy = await page('/privacy-policy')
    expect(privacy.status).toBe(200)
    expect(privacy.html).toMatch(/<h1[^>]*>Privacy Policy<\/h1>/)
    expect(metaContent(privacy.html, 'robots')).toBe('noindex, follow')
  })

  it('sets title, description, canonical, Open Graph and Twitter tags', async () => {
    const { html } = await page('/conditions/depression')
    expect(html).toContain('<title>Depression Treatment in Fort Worth, TX | Vigeo Wellness</title>')
    expect(metaContent(html, 'description')).toMatch(/^Depression is a common mood disorder/)
    expect(metaContent(html, 'og:title')).toBe(
      'Depression Treatment in Fort Worth, TX | Vigeo Wellness',
    )
    expect(metaContent(html, 'twitter:card')).toBe('summary')
    expect(html).toContain(`<link rel="canonical" href="${SITE_URL}/conditions/depression">`)
  })

  // Link texts that say nothing of where they go (search engines and Lighthouse flag them).
  const VAGUE_LINK_TEXT = /^(learn more|read more|more|click here|here|go|this|start|continue)$/i

  const linkTexts = (html: string) =>
    [...html.matchAll(/<a\b[^>]*>(.*?)<\/a>/gs)].map(([, inner = '']) =>
      inner
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
  const { 'not-found': notFound, ...PAGES } = PAGE_TYPES

  it.each([...Object.values(PAGES), '/request-consultation'])(
    'gives %s a description, and links that say where they go',
    async (path) => {
      const { html } = await page(path)
      expect(metaContent(html, 'description')?.length ?? 0).toBeGreaterThan(50)
      const links = linkTexts(html)
      expect(links.length).toBeGreaterThan(10)
      expect(links.filter((text) => text === '' || VAGUE_LINK_TEXT.test(text))).toEqual([])
      // The financing banner links its own text, not a bare "Learn more".
      expect(html).toMatch(/<a[^>]*>\s*<strong[^>]*>Interest Free Financing Available<\/strong>/)
    },
  )

  it('gives the 404 page a description and links that say where they go', async () => {
    const { html } = await page(notFound)
    expect(metaContent(html, 'description')?.length ?? 0).toBeGreaterThan(50)
    const links = linkTexts(html)
    expect(links.length).toBeGreaterThan(3)
    expect(links.filter((text) => text === '' || VAGUE_LINK_TEXT.test(text))).toEqual([])
  })

  it.each([
    '/conditions/no-such-condition',
    '/articles/no-such-article',
    '/locations/no-such-location',
    '/no-such-page',
    '/conditions/draft-condition',
    '/articles/draft-article',
    '/locations/draft-town',
    '/draft-page',
    '/conditions/Not_A_Slug',
  ])('answers %s with a 404 page that still shows the clinic phone', async (path) => {
    const { status, html } = await page(path)
    expect(status).toBe(404)
    expect(html).toContain('Page not found')
    expect(html).toContain('href="tel:+18175550134"')
  })

  it('logs no error and no stack trace for an unknown page (bots ask for many)', async () => {
    expect((await page('/wp-login.php')).status).toBe(404)
    expect((await page('/conditions/no-such-condition')).status).toBe(404)
    expect((await page('/articles?page=99')).status).toBe(404)
    // The newest of what the site printed (the helper keeps the last 20,000 characters).
    const logged = web?.output() ?? ''
    expect(logged).not.toContain('[request error]')
    expect(logged).not.toMatch(/\n\s+at /)
  })

  it('publishes a sitemap of every indexable published slug, and a robots.txt pointing to it', async () => {
    const response = await fetch(`${web?.url}/sitemap.xml`)
    expect(response.headers.get('content-type')).toMatch(/^application\/xml/)
    const xml = await response.text()
    for (const path of [
      '/conditions/ptsd',
      '/conditions/chronic-pain',
      '/articles/ketamine-and-ptsd',
      '/locations/fort-worth',
      '/financing',
      '/conditions',
    ]) {
      expect(xml).toContain(`<loc>${SITE_URL}${path}</loc>`)
    }
    expect(xml).not.toMatch(/privacy-policy|draft-/)
    const robots = await (await fetch(`${web?.url}/robots.txt`)).text()
    expect(robots).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`)
  })

  it.each(['/sitemap.xml', '/robots.txt'])(
    'answers a method other than GET or HEAD on %s with 405 and the methods it allows',
    async (path) => {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
        const response = await fetch(`${web?.url}${path}`, { method, body: 'x=1' })
        expect(response.status, method).toBe(405)
        expect(response.headers.get('allow')).toBe('GET, HEAD')
      }
      expect((await fetch(`${web?.url}${path}`, { method: 'HEAD' })).status).toBe(200)
    },
  )

  it('serves CMS uploads from the site’s own origin', async () => {
    const png = Uint8Array.from(
      atob(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      ),
      (c) => c.charCodeAt(0),
    )
    const url = await admin.upload('dot.png', 'image/png', png)
    expect(url).toMatch(/^\/uploads\//)
    const [viaSite, direct] = await Promise.all([
      fetch(`${web?.url}${url}`),
      fetch(`${cms?.url}${url}`),
    ])
    expect(viaSite.status).toBe(200)
    expect(viaSite.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await viaSite.arrayBuffer())).toEqual(
      Buffer.from(await direct.arrayBuffer()),
    )
    expect((await fetch(`${web?.url}/uploads/missing_abc.png`)).status).toBe(404)
    expect((await fetch(`${web?.url}/uploads/..%2F..%2Fpackage.json`)).status).toBe(404)
  })

  it('keeps CMS text inside JSON-LD: "</script>" cannot end the script element', async () => {
    await admin.createPublished('api::condition.condition', {
      name: 'Tricky </script><script>alert(1)</script>',
      slug: 'tricky',
      summary: 'A </script> in the summary.',
      displayOrder: 500,
    })
    const { status, html } = await page('/conditions/tricky')
    expect(status).toBe(200)
    // Inside quoted attribute values (og:title) "<" is inert text; nowhere else may it survive.
    expect(html.replace(/="[^"]*"/g, '=""')).not.toContain('<script>alert(1)')
    expect(html).toContain('\\u003c/script\\u003e')
    const condition = jsonLd(html).find((item) => item['@type'] === 'MedicalCondition')
    expect(condition?.name).toBe('Tricky </script><script>alert(1)</script>')
  })
})
