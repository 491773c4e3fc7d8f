import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PUBLIC_COLLECTIONS, PUBLIC_SINGLE_TYPES, SITE_READ_TOKEN } from '../support/content-api'
import { startCms, type TestCms } from '../support/strapi'

let cms: TestCms

beforeAll(async () => {
  cms = await startCms({ CMS_READ_TOKEN: SITE_READ_TOKEN })
})
afterAll(async () => {
  await cms?.stop()
})

const ROUTES = [...PUBLIC_COLLECTIONS, ...PUBLIC_SINGLE_TYPES]

// Each answered 500 before: the shape reached the database layer.
const MALFORMED = [
  'sort=..%2F..%2F',
  'sort[0]=..%2F..%2F&populate=%5Bobject%20Object%5D',
  'sort[0][title][x]=asc',
  'sort=title:sideways',
  'filters[$and]=x',
  'filters[$or][0]=x',
  'filters[$not]=1',
  'filters[title][$between]=a',
  'filters[title][$nope]=1',
  'filters=abc',
  'fields[0][a]=b',
  'fields[0]=..%2F',
  'pagination[page]=abc',
  'pagination=abc',
  'pagination[nope]=1',
  '_q[x]=1',
]

describe('malformed requests', () => {
  it('answers a malformed sort, filters, fields, pagination or _q with a plain 400', async () => {
    for (const route of ROUTES) {
      for (const query of MALFORMED) {
        const res = await cms.http().get(`${route}?${query}`)
        expect(res.status, `${route}?${query}`).toBe(400)
        expect(res.body.error.name).toBe('ValidationError')
        // A field the type does not have is Strapi's own 400 ("Invalid key title").
        expect(res.body.error.message).toMatch(/^Invalid (query: |key )/)
      }
    }
  })

  it('still serves well-formed queries', async () => {
    const ok = [
      'filters[slug][$eq]=ketamine-and-ptsd',
      'sort[0]=publishedAt:desc&sort[1]=title:asc&pagination[page]=1&pagination[pageSize]=12',
      'sort=title&fields[0]=title&fields[1]=slug',
      'filters[$or][0][slug][$eq]=a&filters[$or][1][slug][$eq]=ketamine-and-ptsd',
      'filters[slug][$in][0]=a&filters[slug][$in][1]=b&pagination[withCount]=false',
    ]
    for (const query of ok) {
      const res = await cms
        .http()
        .get(`/api/articles?${query}`)
        .set('Authorization', `Bearer ${SITE_READ_TOKEN}`)
      expect(res.status, query).toBe(200)
    }
  })

  it('answers a body it cannot read with a 400 that does not quote it', async () => {
    const bodies: [string, string, Record<string, string>?][] = [
      ['multipart/form-data; boundary=x', 'garbage without parts'],
      ['multipart/form-data', 'no boundary at all'],
      ['application/json', '{"fullName":"Jordan Secret",', undefined],
      ['application/json', '{}', { 'Content-Encoding': 'gzip' }],
    ]
    for (const path of ['/_health', '/api/lead-submissions', '/api/articles']) {
      for (const [type, body, headers] of bodies) {
        const res = await cms
          .http()
          .post(path)
          .set({ 'Content-Type': type, ...headers })
          .send(body)
        expect(res.status, `${path} ${type} ${JSON.stringify(headers)}`).toBe(400)
        expect(JSON.stringify(res.body)).not.toContain('Jordan')
      }
    }
  })

  it('answers a JSON body that is not an object with a 400, on the admin login too', async () => {
    for (const path of ['/admin/login', '/api/lead-submissions', '/api/auth/local']) {
      for (const body of ['[]', '"text"', '42']) {
        const res = await cms.http().post(path).set('Content-Type', 'application/json').send(body)
        expect(res.status, `${path} ${body}`).toBe(400)
        // The parser itself refuses JSON text that is not an object or a list.
        expect(res.body.error.message).toMatch(
          /^The request body (must be a JSON object|is not valid JSON)\.$/,
        )
      }
    }
  })

  // PostgreSQL cannot hold a NUL in text: these answered 500 there.
  it('answers a NUL character in the URL or in JSON text with a 400', async () => {
    for (const path of ['/api/pages/%00', '/api/articles?filters[slug][$eq]=a%00b', '/%00']) {
      for (const method of ['get', 'head'] as const) {
        const res = await cms.http()[method](path).set('Authorization', `Bearer ${SITE_READ_TOKEN}`)
        expect(res.status, `${method} ${path}`).toBe(400)
      }
    }
    for (const body of [{ data: { fullName: 'Jo\u0000rdan' } }, { 'da\u0000ta': {} }]) {
      const res = await cms.http().post('/api/lead-submissions').send(body)
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(res.body.error.message).toBe(
        'Text in the request body must not contain NUL characters.',
      )
      expect(JSON.stringify(res.body)).not.toContain('Jo')
    }
  })

  it('answers a method no route serves with 405 and the methods it does', async () => {
    const res = await cms.http().propfind('/api/articles')
    expect(res.status).toBe(405)
    expect(res.headers.allow).toContain('GET')
  })
})
