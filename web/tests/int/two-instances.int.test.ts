import { randomInt, randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import Redis from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PAGE_TYPES } from '../../scripts/page-types.mjs'
import { leadsInCms } from '../support/cms-leads'
import type { CountingProxy } from '../support/counting-proxy'
import { startFakeIntake, type FakeIntake } from '../support/fake-intake'
import { INTAKE_TOKEN, leadBody, postLead, renderForm } from '../support/lead-requests'
import { startSite, type ProxiedSite } from '../support/site'
import { startWebServer, type WebServer } from '../support/web-server'

// A database index of its own on the shared Redis (127.0.0.1:6379), emptied before the sites start.
const REDIS_URL = process.env.TEST_REDIS_URL_TWO_INSTANCES ?? 'redis://127.0.0.1:6379/13'
const SECRET = 'two-instances-revalidate-secret-0123456789'
const ARTICLE = PAGE_TYPES.article

let site: ProxiedSite | undefined
let proxy: CountingProxy
let first: WebServer
let second: WebServer | undefined
let redis: Redis | undefined

beforeAll(async () => {
  redis = new Redis(REDIS_URL)
  await redis.flushdb()
  // Both instances as compose runs them: one Redis, the same settings, the same CMS.
  const env = {
    NUXT_REDIS_URL: REDIS_URL,
    NUXT_REVALIDATE_SECRET: SECRET,
    NUXT_LEAD_INTAKE_TOKEN: INTAKE_TOKEN,
    NUXT_LEAD_MIN_FILL_SECONDS: '1',
    NUXT_LEAD_RATE_LIMIT_PER_CONTACT: '2',
  }
  site = await startSite({ proxy: true, cmsEnv: { LEAD_INTAKE_TOKEN: INTAKE_TOKEN }, web: { env } })
  ;({ proxy, web: first } = site)
  second = await startWebServer({ cmsUrl: proxy.url, cmsToken: site.cmsToken, env })
}, 180_000)
afterAll(async () => {
  await second?.stop()
  await site?.stop()
  redis?.disconnect()
})

const get = (url: string) => fetch(url, { headers: { accept: 'text/html' } })
/** A patient of their own: the per-contact limit counts phone and e-mail. */
const contact = () => ({
  email: `two.${randomUUID().slice(0, 8)}@example.com`,
  phone: `(817) 555-${String(randomInt(1000, 10_000))}`,
})

describe('two site instances sharing Redis', () => {
  it('render a page once for both, and a purge sent to one is seen by the other', async () => {
    expect((await get(first.url + ARTICLE)).status).toBe(200)
    const rendered = proxy.requests.length
    expect((await get(second!.url + ARTICLE)).status).toBe(200)
    expect(proxy.requests.length).toBe(rendered)

    const purge = await fetch(`${first.url}/api/_revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-revalidate-secret': SECRET },
      body: JSON.stringify({ event: 'entry.publish', model: 'api::article.article' }),
    })
    expect(purge.status).toBeLessThan(300)
    const purged = proxy.requests.length
    expect((await get(second!.url + ARTICLE)).status).toBe(200)
    expect(proxy.requests.length).toBeGreaterThan(purged)
  })

  it('turn one request sent to both into one lead', async () => {
    const body = leadBody({ ...(await renderForm(first.url)), ...contact() })
    await sleep(1100)
    expect((await postLead(first.url, body)).status).toBe(201)
    const replay = await postLead(second!.url, body)
    expect(replay.status).toBe(200)
    expect(replay.body).toEqual({ status: 'received', submissionId: body.submissionId })
    expect(await leadsInCms(site!.cms.url, String(body.submissionId))).toHaveLength(1)
  })

  it('count a patient’s requests on both against one limit', async () => {
    const patient = contact()
    const statuses = []
    for (const web of [first, second!, first]) {
      statuses.push((await postLead(web.url, leadBody(patient))).status)
    }
    expect(statuses).toEqual([201, 201, 429])
  })
})

describe('an instance killed with requests in its outbox', () => {
  // Its own Redis index and a stand-in for the CMS intake that can refuse for a while.
  const OUTBOX_REDIS_URL = process.env.TEST_REDIS_URL_KILLED ?? 'redis://127.0.0.1:6379/14'
  let intake: FakeIntake | undefined
  let killed: WebServer | undefined
  let survivor: WebServer | undefined

  beforeAll(async () => {
    const outboxRedis = new Redis(OUTBOX_REDIS_URL)
    await outboxRedis.flushdb()
    outboxRedis.disconnect()
    intake = await startFakeIntake(INTAKE_TOKEN)
    // The same settings on both, as in compose: an entry's next attempt is set by whichever
    // instance tried last.
    const env = {
      NUXT_REDIS_URL: OUTBOX_REDIS_URL,
      NUXT_LEAD_INTAKE_TOKEN: INTAKE_TOKEN,
      NUXT_LEAD_RELAY_INTERVAL_MS: '500',
    }
    killed = await startWebServer({ cmsUrl: intake.url, env })
    survivor = await startWebServer({ cmsUrl: intake.url, env })
  }, 60_000)
  afterAll(async () => {
    await survivor?.stop()
    await killed?.stop()
    await intake?.stop()
  })

  it('has them delivered by the other instance, once', async () => {
    intake!.answer(503)
    const body = leadBody(contact())
    expect((await postLead(killed!.url, body)).status).toBe(202)
    await killed!.kill()
    intake!.answer(201)
    const delivered = () =>
      intake!.received.filter((lead) => lead.submissionId === body.submissionId)
    await expect.poll(() => delivered().length, { timeout: 20_000 }).toBe(2)
    // The refused first attempt, then the survivor's delivery: and nothing after it.
    await sleep(1000)
    expect(delivered()).toHaveLength(2)
  })
})
