import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PAGE_TYPES } from '../support/browser'
import { getPage } from '../support/html'
import { startSite, type Site } from '../support/site'
import type { WebServer } from '../support/web-server'

const VNU_JAR: string = createRequire(import.meta.url)('vnu-jar')

interface VnuMessage {
  type: string
  url?: string
  lastLine?: number
  message: string
}

/** Runs the Nu HTML Checker once over all files; returns its error messages. */
async function validate(files: string[]): Promise<VnuMessage[]> {
  const args = ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files]
  // vnu exits 1 when it finds errors; its JSON report is on stderr either way.
  const { stderr } = await promisify(execFile)('java', args, { maxBuffer: 10_000_000 }).catch(
    (error: { stderr?: string }) => ({ stderr: error.stderr ?? '' }),
  )
  const report: unknown = JSON.parse(stderr)
  const messages =
    typeof report === 'object' && report !== null && 'messages' in report ? report.messages : []
  return Array.isArray(messages) ? (messages as VnuMessage[]) : []
}

describe('HTML validity of every page type', () => {
  let site: Site | undefined
  let web: WebServer | undefined
  const dir = mkdtempSync(join(tmpdir(), 'vigeo-html-'))

  beforeAll(async () => {
    site = await startSite({ token: 'admin-created' })
    ;({ web } = site)
  }, 120_000)

  afterAll(async () => {
    await site?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('serves server-rendered HTML without a single Nu HTML Checker error', async () => {
    const files = await Promise.all(
      // The consultation form too (never cached, so not one of the cached page types).
      [...Object.entries(PAGE_TYPES), ['consultation', '/request-consultation']].map(
        async ([name = '', path = '']) => {
          const { html } = await getPage(`${web?.url}${path}`)
          const file = join(dir, `${name.replace(/\W+/g, '-')}.html`)
          writeFileSync(file, html)
          return file
        },
      ),
    )
    const errors = (await validate(files)).map(
      (m) => `${m.url?.split('/').pop()}:${m.lastLine ?? '?'} ${m.message}`,
    )
    expect(errors).toEqual([])
  }, 90_000)
})
