#!/usr/bin/env node
// Full-page screenshots of every page type at phone and desktop widths, for reviewing the design.
// Usage: node web/scripts/screenshots.mjs <site URL> [output dir]   (default: <repo>/.screenshots)
// With --docs, also refreshes docs/screenshots/{home,article}-375.png used by the README.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { CHROMIUM_FLAGS, chromiumPath, PAGE_TYPES } from './page-types.mjs'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const args = process.argv.slice(2)
const docs = args.includes('--docs')
const [siteUrl, outDir = join(ROOT, '.screenshots')] = args.filter((a) => a !== '--docs')
if (!siteUrl) {
  console.error('Usage: node web/scripts/screenshots.mjs <site URL> [output dir] [--docs]')
  process.exit(2)
}

const WIDTHS = [375, 1280]

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_FLAGS,
})
try {
  mkdirSync(outDir, { recursive: true })
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: width < 600 ? 812 : 900 } })
    for (const [name, path] of Object.entries(PAGE_TYPES)) {
      await page.goto(new URL(path, siteUrl).href, { waitUntil: 'networkidle' })
      const file = join(outDir, `${name}-${width}.png`)
      await page.screenshot({ path: file, fullPage: true })
      if (docs && width === 375 && (name === 'home' || name === 'article')) {
        mkdirSync(join(ROOT, 'docs', 'screenshots'), { recursive: true })
        await page.screenshot({ path: join(ROOT, 'docs', 'screenshots', `${name}-375.png`) })
      }
      console.log(file)
    }
    await page.close()
  }
} finally {
  await browser.close()
}
