#!/usr/bin/env node
// `pnpm fuzz`: boots the built CMS and site (as `pnpm bench` does: fresh seeded database, free
// ports) and sends both 2,000 odd requests: odd paths, junk and malformed query strings
// (Strapi's sort/filters/populate/fields/pagination included), unusual methods and broken bodies.
// The cases come from a seeded generator, so a run is repeatable (--seed=N picks another set).
// Any answer of 5xx, or a connection the server drops, fails the run (exit code 1).
//   --db=sqlite|postgres  --count=2000  --seed=1
import { request } from 'node:http'
import { startStack } from './bench/stack.mjs'
import { build, log } from './lib.mjs'
import { PAGE_TYPES } from '../web/scripts/page-types.mjs'

const arg = (name, fallback) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback
const db = arg('db', process.env.DATABASE_CLIENT === 'postgres' ? 'postgres' : 'sqlite')
const count = Number(arg('count', 2000))
let seed = Number(arg('seed', 1))

/** A small deterministic generator (mulberry32). */
function random() {
  seed = (seed + 0x6d2b79f5) | 0
  let t = seed
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = (list) => list[Math.floor(random() * list.length)]

const SITE_PATHS = [
  ...Object.values(PAGE_TYPES),
  '/request-consultation',
  '/request-consultation/thank-you',
  '/api/consultations',
  '/api/articles',
  '/api/articles/ketamine-and-ptsd',
  '/api/site',
  '/api/home',
  '/api/lead-form-options',
  '/api/_revalidate',
  '/sitemap.xml',
  '/robots.txt',
  '/uploads/nothing.png',
  '/_nuxt/nothing.js',
  '/__nuxt_error',
  '/__nuxt_island/x',
]
const CMS_PATHS = [
  '/api/articles',
  '/api/conditions',
  '/api/locations',
  '/api/pages',
  '/api/site-setting',
  '/api/home-page',
  '/api/articles/nope',
  '/api/leads',
  '/api/lead-submissions',
  '/api/upload/files',
  '/api/users',
  '/api/auth/local',
  '/_health',
  '/admin/login',
  '/uploads/nothing.png',
]
const ODD_PATH_SUFFIXES = [
  '',
  '/',
  '//',
  '/..%2f..%2fetc%2fpasswd',
  '/%2e%2e/%2e%2e/',
  '/%00',
  '/%',
  '/%ZZ',
  '/%E2%80%AE',
  '/%F0%9F%92%8A',
  '/extra/segments/here',
  `/${'a'.repeat(3000)}`,
  ';jsessionid=1',
  '.json',
  '/index.php',
  '/%20',
  '/~',
]
const QUERIES = [
  'utm_source=google&utm_medium=cpc&utm_campaign=ptsd',
  'gclid=Cj0KCQ',
  'fbclid=IwAR&msclkid=abc',
  'sort=..%2F..%2F',
  'sort[0]=..%2F..%2F&populate=%5Bobject%20Object%5D',
  'sort=title:sideways',
  'sort[0][title]=asc',
  'sort=__proto__',
  'populate=*',
  'populate=%5Bobject%20Object%5D',
  'populate[a][b][c][d]=*',
  'populate[0]=..%2F',
  'populate[cover][populate][file][fields][0]=hash',
  'filters[slug][$eq]=ketamine-and-ptsd',
  'filters[slug][$foo]=x',
  'filters[$or][0][nope][$eq]=1',
  'filters[slug][$in][a]=1',
  'filters[slug][$in]=',
  'filters=abc',
  'filters[slug]=',
  'filters[createdBy][email][$contains]=a',
  'filters[password][$eq]=x',
  'fields=..',
  'fields[0]=password',
  'fields[0][a]=b',
  'pagination[page]=abc',
  'pagination[pageSize]=-1',
  'pagination[limit]=1e99',
  'pagination[start]=-5',
  'pagination[withCount]=maybe',
  'pagination=1',
  'status=draft',
  'locale=xx-%00',
  'page=-1',
  'page=abc',
  'page[]=1',
  'page=99999999999999999999',
  'a[b][c][d][e][f][g][h][i][j][k]=1',
  '__proto__[polluted]=1',
  'constructor[prototype][polluted]=1',
  '%',
  '&&&',
  '=',
  '%E0%A4%A',
  `q=${'x'.repeat(8000)}`,
]
const METHODS = [
  'GET',
  'GET',
  'GET',
  'HEAD',
  'POST',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'OPTIONS',
  'PROPFIND',
  'FOO',
]
const BODIES = [
  [undefined, undefined],
  ['application/json', '{"a":'],
  ['application/json', '[]'],
  ['application/json', '"text"'],
  ['application/json', '{"data":{"firstName":1,"__proto__":{"x":1}}}'],
  ['application/json', `${'['.repeat(5000)}${']'.repeat(5000)}`],
  ['application/json; charset=klingon', '{}'],
  ['application/x-www-form-urlencoded', 'a=%ZZ&b[c][d]=1&&='],
  ['application/x-www-form-urlencoded', 'firstName=A&email=not-an-email&phone=12'],
  ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb'],
  ['multipart/form-data', 'no boundary at all'],
  ['multipart/form-data; boundary=x', 'garbage without parts'],
  ['text/plain', 'hello'],
  [
    'application/xml',
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY y SYSTEM "file:///etc/passwd">]><x>&y;</x>',
  ],
  ['application/octet-stream', Buffer.from([0, 255, 1, 254, 2])],
]

function makeCase(stack) {
  const cms = random() < 0.45
  const base = pick(cms ? CMS_PATHS : SITE_PATHS)
  const path = base + (random() < 0.3 ? pick(ODD_PATH_SUFFIXES) : '')
  const query =
    random() < 0.7 ? `?${pick(QUERIES)}${random() < 0.3 ? `&${pick(QUERIES)}` : ''}` : ''
  const method = pick(METHODS)
  const [type, body] = method === 'GET' || method === 'HEAD' ? [undefined, undefined] : pick(BODIES)
  const headers = { ...(type ? { 'content-type': type } : {}) }
  if (random() < 0.05) headers['content-encoding'] = 'gzip'
  if (random() < 0.05) headers.authorization = 'Bearer not-a-token'
  if (cms && random() < 0.5) headers.authorization = `Bearer ${stack.token}`
  return {
    app: cms ? 'cms' : 'site',
    origin: cms ? stack.cmsUrl : stack.siteUrl,
    method,
    path: path + query,
    headers,
    body,
  }
}

function send({ origin, method, path, headers, body }) {
  return new Promise((resolve) => {
    const url = new URL(origin)
    const req = request(
      { host: url.hostname, port: url.port, method, path, headers, timeout: 20_000 },
      (res) => {
        const chunks = []
        res.on('data', (chunk) => chunks.length < 4 && chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            excerpt: Buffer.concat(chunks).toString('utf8', 0, 200),
          }),
        )
        res.on('error', (error) => resolve({ status: 'dropped', excerpt: error.message }))
      },
    )
    req.on('timeout', () => req.destroy(new Error('no answer within 20 s')))
    req.on('error', (error) => resolve({ status: 'dropped', excerpt: error.message }))
    req.end(body)
  })
}

await build()
log(`Starting the CMS (${db}) and the site...`)
const stack = await startStack({ db })
const failures = []
const statuses = { cms: {}, site: {} }
try {
  const cases = Array.from({ length: count }, () => makeCase(stack))
  let next = 0
  const worker = async () => {
    while (next < cases.length) {
      const item = cases[next++]
      const { status, excerpt } = await send(item)
      statuses[item.app][status] = (statuses[item.app][status] ?? 0) + 1
      if (status === 'dropped' || status >= 500) {
        failures.push(
          `${item.app} ${item.method} ${item.path.slice(0, 160)} → ${status} ${excerpt.replace(/\s+/g, ' ').slice(0, 120)}`,
        )
      }
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker))
} finally {
  await stack.stop()
}

log(`${count} requests (${db}); answers by status:`)
console.table(statuses)
if (failures.length > 0) {
  console.error(`\x1b[31m[fuzz]\x1b[0m ${failures.length} answers of 5xx or dropped connections:`)
  for (const line of failures.slice(0, 50)) console.error(`  ${line}`)
  process.exit(1)
}
log('No answer of 5xx and no dropped connection.')
