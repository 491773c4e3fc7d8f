#!/usr/bin/env node
// `pnpm bench`: boots the built CMS (fresh seeded SQLite) and site on free ports, then reports
// (1) HTML and JavaScript bytes, gzipped, per page type, and (2) the render cache measured side by
// side against its baseline: the same page rendered uncached (a unique query string per request
// defeats the cache) versus served warm. Results go to bench/results/<time>.json.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { PAGE_TYPES } from '../web/scripts/page-types.mjs'
import { build, log, root, toolEnv } from './lib.mjs'

// The content page types (not the 404), plus the one page that loads the app: the form.
const { 'not-found': _notFound, ...CONTENT_PAGES } = PAGE_TYPES
const PAGES = { ...CONTENT_PAGES, consultation: '/request-consultation' }
const WARM_REQUESTS = 300
const COLD_REQUESTS = 60

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

const children = []
function start(command, args, cwd, env) {
  const child = spawn(command, args, { cwd, env: toolEnv(env), stdio: 'ignore' })
  children.push(child)
  return child
}
async function waitFor(url) {
  for (let i = 0; i < 240; i++) {
    if (
      await fetch(url).then(
        (r) => r.status < 500,
        () => false,
      )
    )
      return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not come up`)
}

const secret = () => randomBytes(24).toString('base64')
const dataDir = mkdtempSync(join(tmpdir(), 'vigeo-bench-'))
try {
  await build()
  const [cmsPort, webPort] = [await freePort(), await freePort()]
  start(join(root, 'cms', 'node_modules', '.bin', 'strapi'), ['start'], join(root, 'cms'), {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(cmsPort),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: join(dataDir, 'cms.db'),
    SERVE_ADMIN_PANEL: 'false',
    CMS_ADMIN_EMAIL: 'bench@example.com',
    CMS_ADMIN_PASSWORD: 'Bench-admin-1234',
    ...Object.fromEntries(
      ['API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY']
        .map((name) => [name, secret()])
        .concat([['APP_KEYS', `${secret()},${secret()}`]]),
    ),
  })
  await waitFor(`http://127.0.0.1:${cmsPort}/_health`)
  const site = `http://127.0.0.1:${webPort}`
  start(
    process.execPath,
    [join(root, 'web', '.output', 'server', 'index.mjs')],
    join(root, 'web'),
    {
      NODE_ENV: 'production',
      NITRO_HOST: '127.0.0.1',
      NITRO_PORT: String(webPort),
      NUXT_CMS_URL: `http://127.0.0.1:${cmsPort}`,
      NUXT_LEAD_OUTBOX_DIR: join(dataDir, 'outbox'),
    },
  )
  await waitFor(site)

  log('Page weight (gzip):')
  const weight = {}
  for (const [name, path] of Object.entries(PAGES)) {
    const html = await (await fetch(site + path)).text()
    const scripts = [
      ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g),
    ].map((m) => m[1])
    let js = 0
    for (const src of new Set(scripts)) {
      js += gzipSync(Buffer.from(await (await fetch(new URL(src, site))).arrayBuffer())).length
    }
    weight[name] = { path, htmlGzipBytes: gzipSync(html).length, jsGzipBytes: js }
  }
  console.table(weight)

  const timeRequests = async (count, pathFor) => {
    const times = []
    for (let i = 0; i < count; i++) {
      const started = performance.now()
      const response = await fetch(site + pathFor(i))
      await response.arrayBuffer()
      if (response.status !== 200) throw new Error(`${pathFor(i)} answered ${response.status}`)
      times.push(performance.now() - started)
    }
    times.sort((a, b) => a - b)
    const median = times[Math.floor(times.length / 2)]
    return { requests: count, medianMs: +median.toFixed(2), perSecond: +(1000 / median).toFixed(1) }
  }
  const article = PAGES.article
  const baseline = await timeRequests(COLD_REQUESTS, (i) => `${article}?bench=${i}-${Date.now()}`)
  const cached = await timeRequests(WARM_REQUESTS, () => article)
  const cache = {
    page: article,
    baselineUncachedRender: baseline,
    warmCache: cached,
    speedup: +(baseline.medianMs / cached.medianMs).toFixed(1),
  }
  log(`Render cache on ${article}:`)
  console.table({ 'uncached render (baseline)': baseline, 'warm cache': cached })
  log(`Warm cached pages answer ${cache.speedup}x faster than an uncached render (median).`)

  const outDir = join(root, 'bench', 'results')
  mkdirSync(outDir, { recursive: true })
  const file = join(outDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
  writeFileSync(file, JSON.stringify({ node: process.version, weight, cache }, null, 2))
  log(`Wrote ${file}`)
} finally {
  for (const child of children) child.kill('SIGTERM')
  await new Promise((r) => setTimeout(r, 1000))
  rmSync(dataDir, { recursive: true, force: true })
}
