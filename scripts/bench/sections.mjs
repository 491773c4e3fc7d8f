// The measurements of `pnpm bench`, each against the baseline it is read against. Every section
// takes the running stack (stack.mjs) and returns rows for the results table:
// { section, measure, value, baseline, ratio, goal, met }.
import { fork } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import autocannon from 'autocannon'
import { PAGE_TYPES } from '../../web/scripts/page-types.mjs'
import { freePort, residentMegabytes, sleep } from './stack.mjs'

/** Every page type a visitor reaches, the never-cached consultation form included. */
export const PAGES = { ...PAGE_TYPES, consultation: '/request-consultation' }
const ARTICLE = PAGE_TYPES.article
const SLUG = ARTICLE.split('/').pop()

const round = (value, digits = 1) => Number(value.toFixed(digits))
const ratio = (value, baseline) => (baseline ? round(value / baseline, 2) : undefined)

/** autocannon for `seconds` at `connections`; paths may vary per request. */
async function load(url, { connections, seconds = 10, headers = {}, path } = {}) {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers,
    ...(path ? { requests: [{ setupRequest: (request) => ({ ...request, path: path() }) }] } : {}),
  })
  return {
    perSecond: round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
  }
}

/** HTML and JavaScript of each page type, gzipped: what a phone downloads. */
export async function weight({ siteUrl }) {
  const rows = []
  for (const [name, path] of Object.entries(PAGES)) {
    const html = await (await fetch(siteUrl + path)).text()
    const sources = new Set(
      [
        ...html.matchAll(
          /<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.m?js)"/g,
        ),
      ].map((match) => match[1]),
    )
    let js = 0
    for (const source of sources) {
      js += gzipSync(
        Buffer.from(await (await fetch(new URL(source, siteUrl))).arrayBuffer()),
      ).length
    }
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
      .map((match) => match[1])
      .join('')
    rows.push({
      section: 'Page weight (gzip)',
      measure: `${name} ${path}: HTML / JS KB`,
      value: `${round(gzipSync(html).length / 1024)} / ${round((js + gzipSync(inline).length) / 1024)}`,
      ...(name === 'consultation'
        ? { goal: 'JS ≤ 20 KB', met: js + gzipSync(inline).length <= 20 * 1024 }
        : {}),
    })
  }
  return rows
}

/** A bare Node server sending the cached page's bytes, in a process of its own. */
async function startFloor(siteUrl, path) {
  await fetch(siteUrl + path)
  const response = await fetch(siteUrl + path)
  const headers = Object.fromEntries(
    [...response.headers].filter(
      ([name]) =>
        !['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'].includes(name),
    ),
  )
  const body = Buffer.from(await response.arrayBuffer())
  const dir = mkdtempSync(join(tmpdir(), 'vigeo-floor-'))
  const file = join(dir, 'response.json')
  writeFileSync(file, JSON.stringify({ headers, body: body.toString('base64') }))
  const port = await freePort()
  const child = fork(
    fileURLToPath(new URL('floor-server.mjs', import.meta.url)),
    [file, String(port)],
    {
      stdio: 'ignore',
    },
  )
  await new Promise((resolve, reject) => {
    child.once('message', resolve)
    child.once('exit', () => reject(new Error('The floor server did not start')))
  })
  return {
    url: `http://127.0.0.1:${port}${path}`,
    bytes: body.length,
    stop: () => {
      child.kill()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Cached pages against the bare-Node floor sending the same bytes, at 50 concurrent. */
export async function warm({ siteUrl }) {
  const rows = []
  for (const [name, path] of [
    ['article', ARTICLE],
    ['home', PAGE_TYPES.home],
  ]) {
    const floor = await startFloor(siteUrl, path)
    try {
      // Side by side, twice, so drift on a shared machine shows in both.
      const runs = []
      for (let i = 0; i < 2; i++) {
        runs.push({
          floor: await load(floor.url, { connections: 50 }),
          site: await load(siteUrl + path, { connections: 50 }),
        })
      }
      const best = (key) => runs.map((run) => run[key]).sort((a, b) => b.perSecond - a.perSecond)[0]
      const [site, base] = [best('site'), best('floor')]
      rows.push({
        section: 'Warm page, c=50',
        measure: `cached ${name} (${round(floor.bytes / 1024)} KB) req/s, p99 ms`,
        value: `${site.perSecond}, ${site.p99}`,
        baseline: `floor ${base.perSecond}, ${base.p99}`,
        ratio: ratio(site.perSecond, base.perSecond),
        ...(name === 'article'
          ? {
              goal: '≥ 0.8× floor, p99 ≤ 25 ms',
              met: site.perSecond >= 0.8 * base.perSecond && site.p99 <= 25,
            }
          : {}),
        failed: site.failed,
      })
    } finally {
      floor.stop()
    }
  }
  return rows
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

/**
 * Cold renders, 10 at once: each round drops the site's cache the way a publish does, then asks
 * for 10 different pages together (every page type, the form and a second article list page).
 * `change` is the purge the CMS would send: a change to the home page leaves every other page's
 * data cached ("data warm"); a change the site cannot place drops all cached data ("data cold").
 */
async function coldBursts(stack, change, rounds) {
  const paths = [...Object.values(PAGES), '/articles?page=2']
  const times = []
  let failed = 0
  for (let i = 0; i < rounds; i++) {
    await stack.purge(change)
    await Promise.all(
      paths.map(async (path) => {
        const started = performance.now()
        const response = await fetch(stack.siteUrl + path)
        await response.arrayBuffer()
        times.push(performance.now() - started)
        if (response.status >= 500) failed++
      }),
    )
  }
  times.sort((a, b) => a - b)
  return { p50: round(percentile(times, 50)), p99: round(percentile(times, 99)), failed }
}

export async function cold(stack) {
  const rounds = 30
  // Warm the data cache first: one pass over every page.
  await coldBursts(stack, { event: 'entry.publish', model: 'bench' }, 1)
  const dataWarm = await coldBursts(stack, { event: 'entry.update', model: 'home-page' }, rounds)
  const dataCold = await coldBursts(stack, { event: 'entry.publish', model: 'bench' }, rounds)
  return [
    {
      section: 'Cold page, 10 at once',
      measure: 'pages cold, data cached: p50 / p99 ms',
      value: `${dataWarm.p50} / ${dataWarm.p99}`,
      baseline: `data cold ${dataCold.p50} / ${dataCold.p99}`,
      ratio: ratio(dataWarm.p99, dataCold.p99),
      goal: 'p99 ≤ 100 ms',
      met: dataWarm.p99 <= 100,
      failed: dataWarm.failed,
    },
    {
      section: 'Cold page, 10 at once',
      measure: 'pages and data cold: p50 / p99 ms',
      value: `${dataCold.p50} / ${dataCold.p99}`,
      goal: 'p99 ≤ 300 ms',
      met: dataCold.p99 <= 300,
      failed: dataCold.failed,
    },
  ]
}

/** The CMS's content API as the site reads it (the site's token), against Strapi's /_health. */
export async function cms({ cmsUrl, token, db }) {
  const headers = { authorization: `Bearer ${token}` }
  const health = await load(`${cmsUrl}/_health`, { connections: 10 })
  const reads = {
    'article by slug': `/api/articles?filters[slug][$eq]=${SLUG}`,
    'article list':
      '/api/articles?sort[0]=publishedAt:desc&sort[1]=title:asc&pagination[page]=1&pagination[pageSize]=12',
    'condition list':
      '/api/conditions?sort[0]=displayOrder:asc&sort[1]=name:asc&pagination[pageSize]=100',
    'site settings': '/api/site-setting',
  }
  const rows = []
  for (const [name, path] of Object.entries(reads)) {
    const result = await load(cmsUrl + path, { connections: 10, headers })
    rows.push({
      section: `CMS reads, c=10 (${db})`,
      measure: `${name}: req/s, p99 ms`,
      value: `${result.perSecond}, ${result.p99}`,
      baseline: `/_health ${health.perSecond}, ${health.p99}`,
      ratio: ratio(result.perSecond, health.perSecond),
      ...(name === 'article by slug' ? { goal: '≥ 300 req/s', met: result.perSecond >= 300 } : {}),
      failed: result.failed,
    })
  }
  return rows
}

const JUNK = ['utm_source', 'utm_campaign', 'gclid', 'fbclid', 'msclkid', 'ref', 'x', 'q', 'page']

/** 10,000 requests with distinct junk query strings across every page type: memory and 5xx. */
export async function memory({ siteUrl, site }) {
  const paths = Object.values(PAGES)
  for (const path of paths) await fetch(siteUrl + path).then((r) => r.arrayBuffer())
  await sleep(1000)
  const before = residentMegabytes(site.pid)
  let n = 0
  let serverErrors = 0
  const total = 10_000
  const worker = async () => {
    while (n < total) {
      const i = n++
      const name = JUNK[i % JUNK.length]
      const path = `${paths[i % paths.length]}?${name}=${i}-${Math.random().toString(36).slice(2)}&z${i}=${'a'.repeat(i % 300)}`
      const response = await fetch(siteUrl + path)
      await response.arrayBuffer()
      if (response.status >= 500) serverErrors++
    }
  }
  await Promise.all(Array.from({ length: 20 }, worker))
  await sleep(2000)
  const after = residentMegabytes(site.pid)
  return [
    {
      section: 'Junk-query flood',
      measure: `site memory after ${total.toLocaleString('en-US')} distinct URLs (MB), 5xx answers`,
      value: `${after}, ${serverErrors}`,
      baseline: `before ${before}`,
      ratio: ratio(after, before),
      goal: '≤ +50 MB, 0 × 5xx',
      met: after - before <= 50 && serverErrors === 0,
    },
  ]
}

/** With the CMS hung (SIGSTOP, not killed): how long a never-cached page takes to answer. */
export async function outage(stack) {
  const rows = []
  await stack.purge()
  stack.cms.kill('SIGSTOP')
  try {
    for (const [name, path] of [
      ['article', ARTICLE],
      ['home', PAGE_TYPES.home],
      ['consultation form', '/request-consultation'],
    ]) {
      const started = performance.now()
      const response = await fetch(stack.siteUrl + path, { signal: AbortSignal.timeout(30_000) })
      const html = await response.text()
      const seconds = round((performance.now() - started) / 1000, 2)
      rows.push({
        section: 'CMS hung (SIGSTOP)',
        measure: `never-cached ${name}: seconds to answer, status`,
        value: `${seconds}, ${response.status}${response.headers.has('retry-after') ? ' + Retry-After' : ''}`,
        baseline: 'deadline 2 s',
        goal: 'answer within 2 s',
        met: seconds <= 2 && html.length > 0,
      })
    }
  } finally {
    stack.cms.kill('SIGCONT')
  }
  return rows
}

/**
 * Lighthouse (mobile, Debian's Chromium) for each page type: the median of three runs by
 * performance score, as Lighthouse advises (one run's blocking time swings on a busy 2-core
 * machine); a page none of whose runs could be traced is tried again.
 */
export async function lighthouse({ siteUrl }) {
  const { runLighthouse } = await import('../lighthouse.mjs')
  const rows = []
  for (const [name, path] of Object.entries(PAGES)) {
    let result = await runLighthouse(siteUrl + path, { runs: 3 })
    for (let retry = 0; retry < 2 && result.runtimeError === 'NO_NAVSTART'; retry++) {
      result = await runLighthouse(siteUrl + path, { runs: 3 })
    }
    const { performance, accessibility, bestPractices, seo, fcpMs, tbtMs, failedAudits } = result
    rows.push({
      section: 'Lighthouse mobile',
      measure: `${name}: performance / accessibility / best practices / SEO (median of 3)`,
      value: result.runtimeError
        ? `not scored: ${result.runtimeError}`
        : `${performance} / ${accessibility} / ${bestPractices} / ${seo}`,
      baseline: `FCP ${fcpMs} ms, TBT ${tbtMs} ms${failedAudits.length ? `; failed: ${failedAudits.join(', ')}` : ''}`,
      goal: '≥ 95 / 100 / – / 100',
      // Lighthouse refuses to score an error page (the 404): not a miss, nothing was measured.
      met: result.runtimeError
        ? undefined
        : performance >= 95 && accessibility === 100 && seo === 100,
    })
  }
  return rows
}
