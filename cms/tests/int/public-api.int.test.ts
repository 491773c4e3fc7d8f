import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureSiteReadToken, SITE_READ_TOKEN_NAME } from '../../src/bootstrap/site-read-token'
import { SITE_READ_TOKEN } from '../support/content-api'
import { startCms, type TestCms } from '../support/strapi'

let cms: TestCms
const auth = { Authorization: `Bearer ${SITE_READ_TOKEN}` }

beforeAll(async () => {
  cms = await startCms({ CMS_READ_TOKEN: SITE_READ_TOKEN })
})
afterAll(async () => {
  await cms?.stop()
})

const bySlug = (slug: string) => ({ 'filters[slug][$eq]': slug })

describe('who may read', () => {
  // With no permission at all on the public role, Strapi asks for credentials: 401.
  it('gives anonymous callers nothing: the site reads with its token', async () => {
    for (const path of [
      '/api/articles',
      '/api/conditions',
      '/api/site-setting',
      '/api/home-page',
    ]) {
      const anonymous = await cms.http().get(path)
      expect(anonymous.status, path).toBe(401)
      expect(anonymous.body.error.name).toBe('UnauthorizedError')
      expect(JSON.stringify(anonymous.body)).not.toContain('Ketamine')
      expect((await cms.http().get(path).set(auth)).status, path).toBe(200)
    }
  })

  it('lets the site token read every content type the site shows, lists and single entries', async () => {
    const [article] = (await cms.http().get('/api/articles').set(auth)).body.data
    const [condition] = (await cms.http().get('/api/conditions').set(auth)).body.data
    const [location] = (await cms.http().get('/api/locations').set(auth)).body.data
    const [page] = (await cms.http().get('/api/pages').set(auth)).body.data
    for (const path of [
      `/api/articles/${article.documentId}`,
      `/api/conditions/${condition.documentId}`,
      `/api/locations/${location.documentId}`,
      `/api/pages/${page.documentId}`,
      '/api/home-page',
      '/api/site-setting',
    ]) {
      expect((await cms.http().get(path).set(auth)).status, path).toBe(200)
    }
  })

  // A Strapi "read-only" token may call every find route, plugins' included: the site's may not.
  const beyondTheSite = [
    '/api/users',
    '/api/users/1',
    '/api/upload/files',
    '/api/upload/files/1',
    '/api/leads',
  ]

  it('gives the site token nothing beyond content: no users, uploads list or leads', async () => {
    for (const path of beyondTheSite) {
      const res = await cms.http().get(path).set(auth)
      expect(res.status, path).toBe(403)
      expect(res.body.data ?? null, path).toBeNull()
    }
  })

  it('narrows a site token widened in the admin back to content reads at the next start', async () => {
    const tokens = cms.strapi.service('admin::api-token') as {
      getByName(name: string): Promise<{ id: number }>
      update(id: number, attributes: Record<string, unknown>): Promise<unknown>
    }
    const { id } = await tokens.getByName(SITE_READ_TOKEN_NAME)
    await tokens.update(id, { type: 'read-only', permissions: undefined })
    expect((await cms.http().get('/api/users').set(auth)).status).toBe(200)

    await ensureSiteReadToken(cms.strapi)
    for (const path of beyondTheSite) {
      expect((await cms.http().get(path).set(auth)).status, path).toBe(403)
    }
    expect((await cms.http().get('/api/articles').set(auth)).status).toBe(200)
  })

  it('keeps API tokens off the lead routes, read-only ones included', async () => {
    for (const path of ['/api/leads', '/api/leads/any-document']) {
      expect((await cms.http().get(path).set(auth)).status, path).toBe(403)
    }
  })
})

describe('content API, read with the site token', () => {
  it('serves the seeded article with its blocks, related conditions and SEO', async () => {
    const res = await cms.http().get('/api/articles').query(bySlug('ketamine-and-ptsd')).set(auth)
    expect(res.status).toBe(200)
    const [article] = res.body.data
    expect(article.title).toBe('Ketamine & PTSD')
    expect(article.readingTimeMinutes).toBeGreaterThanOrEqual(5)
    expect(article.seo.metaTitle).toContain('Ketamine & PTSD')
    expect(article.conditions.map((c: { slug: string }) => c.slug)).toEqual(['ptsd'])

    const components = article.body.map((block: { __component: string }) => block.__component)
    expect(new Set(components)).toEqual(
      new Set([
        'content.paragraph',
        'content.heading',
        'content.bullet-list',
        'shared.call-to-action',
      ]),
    )
    const list = article.body.find(
      (block: { __component: string }) => block.__component === 'content.bullet-list',
    )
    expect(list.items).toHaveLength(8)
    expect(list.items[2].text).toBe('Nightmares')
  })

  it('lists articles without their bodies', async () => {
    const res = await cms.http().get('/api/articles').set(auth)
    expect(res.status).toBe(200)
    expect(res.body.meta.pagination.total).toBe(1)
    expect(res.body.data[0].body).toBeUndefined()
    expect(res.body.data[0].conditions[0].name).toBe('PTSD')
  })

  it('ignores a client populate that would widen the shape, including populate=*', async () => {
    const res = await cms.http().get('/api/articles').query({ populate: '*' }).set(auth)
    expect(res.status).toBe(200)
    expect(res.body.data[0].body).toBeUndefined()
    expect(res.body.data[0].seo).toBeUndefined()
  })

  it('serves conditions in display order with symptoms and related articles', async () => {
    const list = await cms
      .http()
      .get('/api/conditions')
      .query({ sort: 'displayOrder:asc' })
      .set(auth)
    expect(list.status).toBe(200)
    expect(list.body.data.map((c: { slug: string }) => c.slug)).toEqual([
      'ptsd',
      'depression',
      'anxiety',
      'chronic-pain',
    ])

    const res = await cms.http().get('/api/conditions').query(bySlug('ptsd')).set(auth)
    const [ptsd] = res.body.data
    expect(ptsd.symptoms).toHaveLength(8)
    expect(ptsd.articles.map((a: { slug: string }) => a.slug)).toEqual(['ketamine-and-ptsd'])
    expect(ptsd.body.length).toBeGreaterThan(0)
  })

  it('serves the Fort Worth location with its address, hours and coordinates', async () => {
    const res = await cms.http().get('/api/locations').query(bySlug('fort-worth')).set(auth)
    const [location] = res.body.data
    expect(location.address).toMatchObject({
      streetLine1: '906 W Cannon St.',
      streetLine2: 'Suite 100',
      city: 'Fort Worth',
      state: 'TX',
      postalCode: '76104',
    })
    expect(location.openingHours[0]).toMatchObject({ fromDay: 'Monday', toDay: 'Friday' })
    expect(location.latitude).toBeCloseTo(32.7366, 4)
    expect(location.longitude).toBeCloseTo(-97.3331, 4)
    expect(location.conditions).toHaveLength(4)
  })

  it('serves site settings and the home page', async () => {
    const settings = await cms.http().get('/api/site-setting').set(auth)
    expect(settings.status).toBe(200)
    expect(settings.body.data.financingBanner.text).toBe('Interest Free Financing Available')
    expect(settings.body.data.privacyPolicyPage.slug).toBe('privacy-policy')
    expect(settings.body.data.headerNavigation[0]).toMatchObject({
      label: 'Conditions We Treat',
      url: '/conditions',
    })

    const home = await cms.http().get('/api/home-page').set(auth)
    expect(home.status).toBe(200)
    expect(home.body.data.hero.heading).toBe('Ketamine Infusion Therapy in Fort Worth, TX')
    expect(home.body.data.featuredConditions).toHaveLength(4)
    expect(home.body.data.featuredArticles[0].slug).toBe('ketamine-and-ptsd')
  })

  it('serves generic pages such as the privacy policy', async () => {
    const res = await cms.http().get('/api/pages').query(bySlug('privacy-policy')).set(auth)
    expect(res.body.data[0].title).toBe('Privacy Policy')
    expect(res.body.data[0].seo.noIndex).toBe(true)
  })

  it('never shows drafts, and shows only the published version of an edited document', async () => {
    const articles = cms.strapi.documents('api::article.article')
    const draft = await articles.create({
      data: { title: 'Draft only', slug: 'draft-only', excerpt: 'Not yet published.' },
    })
    const hidden = await cms.http().get('/api/articles').query(bySlug('draft-only')).set(auth)
    expect(hidden.body.data).toEqual([])
    const byId = await cms.http().get(`/api/articles/${draft.documentId}`).set(auth)
    expect(byId.status).toBe(404)
    // Asking for drafts: anonymous callers get nothing at all; only an API token (the site's
    // server, for previews) may ask, and the site never does.
    const asDraft = await cms.http().get('/api/articles').query({ status: 'draft' })
    expect(asDraft.status).toBe(401)

    await articles.delete({ documentId: draft.documentId })
  })

  it('derives the reading time from the body when an article is saved', async () => {
    const words = Array.from({ length: 660 }, () => 'word').join(' ')
    const article = await cms.strapi.documents('api::article.article').create({
      data: {
        title: 'Long read',
        slug: 'long-read',
        excerpt: 'A long one.',
        readingTimeMinutes: 99,
        body: [
          {
            __component: 'content.paragraph',
            text: [{ type: 'paragraph', children: [{ type: 'text', text: words }] }],
          },
        ],
      } as never,
    })
    expect(article.readingTimeMinutes).toBe(3)
    await cms.strapi.documents('api::article.article').delete({ documentId: article.documentId })
  })

  it('has no write routes for content', async () => {
    for (const [method, path] of [
      ['post', '/api/articles'],
      ['put', '/api/site-setting'],
      ['delete', '/api/home-page'],
    ] as const) {
      const agent = cms.http()
      const res = await agent[method](path).send({ data: { title: 'x' } })
      expect([403, 404, 405], `${method} ${path}`).toContain(res.status)
    }
  })
})
