// Lighthouse 12 (mobile, its default emulation and throttling) on Debian's Chromium, one fresh
// browser per page so no cache or state carries over between page types.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import lighthouse from 'lighthouse'
import { CHROMIUM_FLAGS, chromiumPath } from '../../web/scripts/page-types.mjs'
import { freePort, sleep } from './stack.mjs'

async function startChromium() {
  const port = await freePort()
  const profile = mkdtempSync(join(tmpdir(), 'vigeo-lighthouse-'))
  const child = spawn(
    chromiumPath(),
    [
      ...CHROMIUM_FLAGS,
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  )
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/json/version`).then(
      (r) => r.ok,
      () => false,
    )
    if (up) break
    await sleep(100)
  }
  return {
    port,
    stop: async () => {
      child.kill()
      await new Promise((resolve) =>
        child.exitCode === null ? child.once('exit', resolve) : resolve(),
      )
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** Category scores (0–100), first contentful paint (s) and total blocking time (ms) of a page. */
export async function runLighthouse(url) {
  const chromium = await startChromium()
  try {
    const result = await lighthouse(url, {
      port: chromium.port,
      output: 'json',
      logLevel: 'error',
      // The 404 page is a page type too.
      ignoreStatusCode: true,
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    })
    const { categories, audits, runtimeError } = result.lhr
    if (runtimeError) throw new Error(`Lighthouse on ${url}: ${runtimeError.message}`)
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100)
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      fcp: Number(((audits['first-contentful-paint'].numericValue ?? 0) / 1000).toFixed(1)),
      tbt: Math.round(audits['total-blocking-time'].numericValue ?? 0),
    }
  } finally {
    await chromium.stop()
  }
}
