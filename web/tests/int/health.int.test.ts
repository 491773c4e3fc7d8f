import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { INTAKE_TOKEN, leadBody, postLead, renderForm } from '../support/lead-requests'
import { startSite, type Site } from '../support/site'
import { startWebServer, type WebServer } from '../support/web-server'

let site: Site | undefined
/** A second site whose CMS address answers nothing (a port nobody listens on). */
let orphan: WebServer | undefined
/** A third one whose outbox folder cannot be created (its parent is a file). */
let broken: WebServer | undefined
const dir = mkdtempSync(join(tmpdir(), 'health-'))

/** A free local port, closed again: connecting to it is refused. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

beforeAll(async () => {
  site = await startSite({ web: { env: { NUXT_LEAD_OUTBOX_DIR: join(dir, 'outbox') } } })
  orphan = await startWebServer({
    cmsUrl: `http://127.0.0.1:${await closedPort()}`,
    env: {
      NUXT_LEAD_INTAKE_TOKEN: INTAKE_TOKEN,
      NUXT_LEAD_OUTBOX_DIR: join(dir, 'orphan-outbox'),
      NUXT_LEAD_MIN_FILL_SECONDS: '1',
    },
  })
  writeFileSync(join(dir, 'a-file'), '')
  broken = await startWebServer({
    cmsUrl: site.cms.url,
    env: { NUXT_LEAD_OUTBOX_DIR: join(dir, 'a-file', 'outbox') },
  })
}, 180_000)
afterAll(async () => {
  await broken?.stop()
  await orphan?.stop()
  await site?.stop()
  rmSync(dir, { recursive: true, force: true })
})

const check = async (url: string) => {
  const response = await fetch(url)
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    body: (await response.json()) as Record<string, unknown>,
  }
}

describe('GET /healthz', () => {
  it('answers 200 while the process serves, whatever the CMS does', async () => {
    for (const url of [site!.web.url, orphan!.url, broken!.url]) {
      const health = await check(`${url}/healthz`)
      expect(health).toMatchObject({ status: 200, body: { status: 'ok' } })
      expect(health.cacheControl).toBe('no-store')
    }
  })
})

describe('GET /readyz', () => {
  it('is ready with the CMS up and an empty outbox, and is never cached', async () => {
    const ready = await check(`${site!.web.url}/readyz?utm_source=probe`)
    expect(ready.status).toBe(200)
    expect(ready.cacheControl).toBe('no-store')
    expect(ready.body).toEqual({
      status: 'ready',
      cms: 'up',
      outbox: { pending: 0, deadLetters: 0 },
    })
  })

  it('stays in rotation with the CMS down (degraded) and counts what waits, no patient data', async () => {
    const before = await check(`${orphan!.url}/readyz`)
    expect(before).toMatchObject({
      status: 200,
      body: { status: 'degraded', cms: 'down', outbox: { pending: 0, deadLetters: 0 } },
    })
    const lead = leadBody(await renderForm(orphan!.url))
    await sleep(1100)
    expect((await postLead(orphan!.url, lead)).status).toBe(202)
    const after = await check(`${orphan!.url}/readyz`)
    expect(after.body).toEqual({
      status: 'degraded',
      cms: 'down',
      outbox: { pending: 1, deadLetters: 0 },
    })
    const text = JSON.stringify(after.body)
    for (const value of [lead.fullName, lead.email, lead.phone, lead.submissionId]) {
      expect(text).not.toContain(String(value))
    }
  })

  it('answers 503 when the outbox cannot be read, so no request could be kept', async () => {
    const notReady = await check(`${broken!.url}/readyz`)
    expect(notReady).toMatchObject({ status: 503, body: { status: 'not-ready', outbox: null } })
  })
})
