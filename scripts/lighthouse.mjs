#!/usr/bin/env node
// Lighthouse 12 (its default mobile profile: emulated phone, simulated slow 4G and 4x CPU
// slowdown) against Debian's Chromium, one fresh browser per URL so no run warms the next.
// Library: `runLighthouse(url, { runs })` returns the four category scores (0–100) and FCP/LCP/TBT
// in ms, of the run with the median performance score: on a small shared machine one run's total
// blocking time can swing by several hundred ms (Lighthouse itself advises the median of runs).
// Command line: `node scripts/lighthouse.mjs [--runs=N] <url>...` prints them as a table.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import lighthouse from 'lighthouse'
import { CHROMIUM_FLAGS, chromiumPath } from '../web/scripts/page-types.mjs'

const DEVTOOLS = /DevTools listening on ws:\/\/[^:]+:(\d+)\//

/** Starts Chromium with a remote-debugging port the OS picks; resolves once it listens. */
function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-chromium-'))
  const child = spawn(
    chromiumPath(),
    [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    // Its own process group, so closing it also ends its helper processes.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  )
  const close = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      process.kill(-child.pid, 'SIGTERM')
      await exited
    }
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
  }
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(
      () => fail(new Error('Chromium did not open its DevTools port')),
      20_000,
    )
    const fail = (error) => {
      clearTimeout(timer)
      close().then(() => reject(error), reject)
    }
    child.once('error', fail)
    child.once('exit', (code) =>
      fail(new Error(`Chromium exited (${code}): ${output.slice(-500)}`)),
    )
    child.stderr.on('data', (chunk) => {
      output += chunk
      const port = DEVTOOLS.exec(output)?.[1]
      if (!port) return
      clearTimeout(timer)
      child.removeAllListeners('exit')
      child.stderr.removeAllListeners('data')
      child.stderr.resume()
      resolve({ port: Number(port), close })
    })
  })
}

const score = (category) =>
  category?.score === null || category?.score === undefined
    ? null
    : Math.round(category.score * 100)
const millis = (audit) =>
  audit?.numericValue === undefined ? null : Math.round(audit.numericValue)

/**
 * Lighthouse's mobile run of one URL: performance, accessibility, best practices and SEO scores,
 * first contentful paint, largest contentful paint and total blocking time, the ids of the failed
 * SEO and accessibility audits (what costs points), and Lighthouse's runtime error if any.
 */
export async function runLighthouse(url, { runs = 1 } = {}) {
  const results = []
  for (let i = 0; i < runs; i++) results.push(await runOnce(url))
  // A run Lighthouse could not score (e.g. NO_NAVSTART, a failed trace) counts only if all did.
  const scored = results.filter((result) => result.performance !== null)
  const pool = (scored.length > 0 ? scored : results).sort((a, b) => a.performance - b.performance)
  return { ...pool[Math.floor((pool.length - 1) / 2)], runs }
}

async function runOnce(url) {
  const chromium = await launchChromium()
  try {
    const result = await lighthouse(url, {
      port: chromium.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    const { categories, audits, runtimeError } = result.lhr
    const failed = (id) =>
      categories[id].auditRefs
        .filter(
          (ref) => ref.weight > 0 && audits[ref.id]?.score !== null && audits[ref.id]?.score < 1,
        )
        .map((ref) => ref.id)
    return {
      performance: score(categories.performance),
      accessibility: score(categories.accessibility),
      bestPractices: score(categories['best-practices']),
      seo: score(categories.seo),
      fcpMs: millis(audits['first-contentful-paint']),
      lcpMs: millis(audits['largest-contentful-paint']),
      tbtMs: millis(audits['total-blocking-time']),
      failedAudits: [...failed('seo'), ...failed('accessibility')],
      // e.g. ERRORED_DOCUMENT_REQUEST for a 404 page: Lighthouse then scores nothing (null).
      runtimeError: runtimeError?.code ?? null,
    }
  } finally {
    await chromium.close()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2)
  const runs = Number(args.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 1)
  const urls = args.filter((arg) => !arg.startsWith('--'))
  if (urls.length === 0 || !(runs >= 1)) {
    console.error('Usage: node scripts/lighthouse.mjs [--runs=N] <url>...')
    process.exit(2)
  }
  const rows = {}
  for (const url of urls) {
    const { failedAudits, runtimeError, ...figures } = await runLighthouse(url, { runs })
    rows[new URL(url).pathname] = { ...figures, failed: runtimeError ?? failedAudits.join(' ') }
  }
  console.table(rows)
}
