import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { apiToken, PUBLIC_COLLECTIONS, PUBLIC_SINGLE_TYPES } from '../support/content-api'
import { startCms, type TestCms } from '../support/strapi'

let cms: TestCms
let token: string

beforeAll(async () => {
  cms = await startCms()
  token = await apiToken(cms, 'Site reads (test)', 'read-only')
})
afterAll(async () => {
  await cms?.stop()
})

/** Every public read route: each collection's list and findOne, and the single types. */
const ROUTES = [
  ...PUBLIC_COLLECTIONS.flatMap((list) => [list, `${list}/not-a-document`]),
  ...PUBLIC_SINGLE_TYPES,
]

/** Query strings that reached the query builder or the database and answered 500 before. */
const MALFORMED = [
  'sort=..%2F..%2F',
  'sort[0]=..%2F..%2F&populate=%5Bobject%20Object%5D',
  'sort[0][title][x]=asc',
  'sort[slug][x]=asc',
  'sort=slug.x:asc',
  'sort=title:asc:desc',
  'sort[0]=slug&sort[1][a]=b',
  'filters[$and]=x',
  'filters[$or][0]=x',
  'filters[$not]=1',
  'filters[$eq]=1',
  'filters=abc',
  'filters[slug][$nope]=1',
  'filters[slug][$in][a]=1',
  'filters[slug][$in][a][b]=1',
  'filters[slug][$eq][a]=1',
  'filters[slug][$eq]',
  'filters[slug][$between]=a',
  'filters[slug][$null]=maybe',
  'filters[slug][$containsi][0]=x',
  'filters[..%2F]=1',
  'filters[id][$eq]=1.5',
  'filters[id][$gt]=abc',
  'filters[id][$eq]=99999999999999999999',
  'filters[publishedAt][$contains]=2020',
  'filters[createdAt][$eqi]=x',
  'fields[0][a]=b',
  'fields[0]=..%2F',
  'pagination[page]=abc',
  'pagination[pageSize]=-1',
  'pagination[start]=abc',
  'pagination[limit]=x',
  'pagination=abc',
  'pagination[nope]=1',
  'pagination[withCount]=maybe',
  '_q[x]=1',
  'status[x]=1',
  'locale=..%2F',
]

/** Type-specific ones: a number field, a relation's id, text operators on numbers. */
const MALFORMED_BY_ROUTE: Record<string, string[]> = {
  '/api/articles': [
    'filters[readingTimeMinutes][$gt]=abc',
    'filters[readingTimeMinutes][$contains]=5',
    'filters[readingTimeMinutes][$eq]=99999999999999',
    'filters[conditions]=x',
    'filters[conditions][$eq]=x',
    'filters[cover][file][size][$gt]=x',
    'filters[cover][file][formats][$eq]=x',
    'filters[body][x]=1',
    'sort[cover][file][url][x]=asc',
  ],
  '/api/conditions': ['filters[displayOrder][$lt]=abc', 'filters[seo][noIndex][$eq]=maybe'],
  '/api/locations': ['filters[latitude][$gt]=abc', 'filters[address][id][$eq]=x'],
}

const callers = [
  ['with the site token', () => ({ Authorization: `Bearer ${token}` })],
  ['anonymously', () => ({})],
] as const

describe.each(callers)('a malformed content-API query %s', (_who, headers) => {
  it('is answered 400 with a plain message on every public route, and nothing is logged', async () => {
    const logged = [vi.spyOn(cms.strapi.log, 'error'), vi.spyOn(cms.strapi.log, 'warn')]
    try {
      for (const route of ROUTES) {
        for (const query of [...MALFORMED, ...(MALFORMED_BY_ROUTE[route] ?? [])]) {
          const res = await cms.http().get(`${route}?${query}`).set(headers())
          expect(res.status, `${route}?${query}`).toBe(400)
          expect(res.body, `${route}?${query}`).toEqual({
            data: null,
            error: {
              status: 400,
              name: 'ValidationError',
              message: expect.stringMatching(/^Invalid (query: |key )[^\n]{3,200}$/),
              details: expect.any(Object),
            },
          })
          expect(res.body.error.message).not.toMatch(/\bat \S+:\d+|node_modules|Error:/)
        }
      }
      expect(logged.flatMap((spy) => spy.mock.calls)).toEqual([])
    } finally {
      for (const spy of logged) spy.mockRestore()
    }
  })
})

describe('well-formed queries', () => {
  const auth = () => ({ Authorization: `Bearer ${token}` })

  // As the site's client sends them (qs.stringify with encodeValuesOnly).
  it.each([
    [
      'an article by slug',
      '/api/articles?filters[slug][$eq]=ketamine-and-ptsd&pagination[pageSize]=1',
    ],
    [
      'a page of articles, newest first',
      '/api/articles?sort[0]=publishedAt:desc&sort[1]=title:asc&pagination[page]=1&pagination[pageSize]=10',
    ],
    [
      'indexable slugs for the sitemap',
      '/api/conditions?filters[$or][0][seo][noIndex][$ne]=true&filters[$or][1][seo][id][$null]=true' +
        '&fields[0]=slug&fields[1]=updatedAt&pagination[pageSize]=1000',
    ],
    ['a sort object through a relation', '/api/articles?sort[conditions][name]=desc'],
    [
      'filters through a relation and a list',
      '/api/articles?filters[conditions][slug][$in][0]=ptsd&filters[conditions][slug][$in][1]=anxiety' +
        '&filters[readingTimeMinutes][$gte]=1',
    ],
  ])('still answer 200: %s', async (_what, url) => {
    const res = await cms.http().get(url).set(auth())
    expect(res.status, JSON.stringify(res.body.error)).toBe(200)
    expect(Array.isArray(res.body.data)).toBe(true)
    expect(res.body.data.length).toBeGreaterThan(0)
  })

  it('keep answering 400 from Strapi for an unknown field name', async () => {
    const res = await cms.http().get('/api/articles?filters[nope][$eq]=1').set(auth())
    expect(res.status).toBe(400)
    expect(res.body.error.message).toBe('Invalid key nope')
  })
})
