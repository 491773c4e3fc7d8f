import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTICLES_PAGE_SIZE } from '../../shared/utils/pagination'
import { cmsAdmin } from '../support/cms-admin'
import { getPage } from '../support/html'
import { startSite, type Site } from '../support/site'
import type { WebServer } from '../support/web-server'

const ARTICLE = 'api::article.article'
const SITE_URL = 'https://www.vigeo.example'
/** One more than fits on a page, on top of the seeded "Ketamine & PTSD": two pages. */
const CREATED = ARTICLES_PAGE_SIZE + 1
const slugOf = (n: number) => `pagination-article-${String(n).padStart(2, '0')}`

describe('the articles list with more articles than fit on a page', () => {
  let site: Site | undefined
  let web: WebServer | undefined
  let admin: Awaited<ReturnType<typeof cmsAdmin>>
  const created: string[] = []

  beforeAll(async () => {
    site = await startSite({ token: 'admin-created', web: { siteUrl: SITE_URL } })
    ;({ web } = site)
    admin = await cmsAdmin(site.cms.url)
    // Published one after the other: article 13 is the newest, the seeded article the oldest.
    for (let n = 1; n <= CREATED; n++) {
      const title = `Pagination Article ${String(n).padStart(2, '0')}`
      const data = { title, slug: slugOf(n), excerpt: `Excerpt of ${title}.` }
      created.push(await admin.createPublished(ARTICLE, data))
    }
  })

  afterAll(async () => {
    for (const id of created) await admin?.delete(ARTICLE, id)
    await site?.stop()
  })

  const page = (path: string) => getPage(`${web?.url}${path}`)
  const listed = (html: string) =>
    [...html.matchAll(/<h2 class="card__title"><a href="\/articles\/([^"]+)"/g)].map((m) => m[1])
  const nav = (html: string) =>
    html.match(/<nav class="pagination" aria-label="Articles pages"[^>]*>.*?<\/nav>/s)?.[0] ?? ''

  it('shows the newest twelve on page 1, newest first, with a link to the older ones', async () => {
    const { status, html } = await page('/articles')
    expect(status).toBe(200)
    expect(listed(html)).toEqual(
      Array.from({ length: ARTICLES_PAGE_SIZE }, (_, i) => slugOf(CREATED - i)),
    )
    expect(nav(html)).toMatch(/<a href="\/articles\?page=2" rel="next"[^>]*>Older articles</)
    expect(nav(html)).not.toContain('rel="prev"')
    expect(nav(html)).toContain('Page 1 of 2')
    // The link to page 2 is not the current page, whatever the router thinks of the query.
    expect(nav(html)).not.toContain('aria-current')
    expect(html).toContain(`<link rel="canonical" href="${SITE_URL}/articles">`)
  })

  it('shows the rest on page 2, down to the oldest, with a link back to the newer ones', async () => {
    const { status, html } = await page('/articles?page=2')
    expect(status).toBe(200)
    expect(listed(html)).toEqual([slugOf(1), 'ketamine-and-ptsd'])
    expect(nav(html)).toMatch(/<a href="\/articles" rel="prev"[^>]*>Newer articles</)
    expect(nav(html)).not.toContain('rel="next"')
    expect(nav(html)).toContain('Page 2 of 2')
    expect(nav(html)).not.toContain('aria-current')
    expect(html).toMatch(/<title>Articles \(page 2\) \|/)
    expect(html).toContain(`<link rel="canonical" href="${SITE_URL}/articles?page=2">`)
  })

  it('lists every published article exactly once across the pages', async () => {
    const all = [
      ...listed((await page('/articles')).html),
      ...listed((await page('/articles?page=2')).html),
    ]
    expect(new Set(all).size).toBe(CREATED + 1)
    expect(all).toHaveLength(CREATED + 1)
  })

  it.each(['3', '99', '0', '-1', 'two', '2.5'])('answers ?page=%s with the 404 page', async (n) => {
    const { status, html } = await page(`/articles?page=${n}`)
    expect(status).toBe(404)
    expect(html).toContain('Page not found')
  })
})
