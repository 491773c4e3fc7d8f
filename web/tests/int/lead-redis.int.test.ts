import Redis from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebServer, type WebServer } from '../support/web-server'
import { startFakeIntake, type FakeIntake } from '../support/fake-intake'
import { INTAKE_TOKEN, leadBody, postLead } from '../support/lead-requests'

// A database index of its own on the shared Redis (127.0.0.1:6379), emptied of lead keys first.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/9'

describe('two site instances sharing Redis', () => {
  let intake: FakeIntake | undefined
  const webs: WebServer[] = []
  let redis: Redis | undefined

  beforeAll(async () => {
    redis = new Redis(REDIS_URL)
    const stale = await redis.keys('vigeo:lead:*')
    if (stale.length > 0) await redis.del(...stale)
    intake = await startFakeIntake(INTAKE_TOKEN)
    const env = {
      NUXT_REDIS_URL: REDIS_URL,
      NUXT_LEAD_INTAKE_TOKEN: INTAKE_TOKEN,
      NUXT_LEAD_FORM_SECRET: 'shared-secret',
      NUXT_LEAD_RELAY_INTERVAL_MS: '300',
      NUXT_LEAD_RATE_LIMIT_PER_IP: '4',
    }
    for (let i = 0; i < 2; i += 1) webs.push(await startWebServer({ cmsUrl: intake.url, env }))
  }, 60_000)

  afterAll(async () => {
    for (const web of webs) await web.stop()
    await intake?.stop()
    const keys = (await redis?.keys('vigeo:lead:*')) ?? []
    if (keys.length > 0) await redis?.del(...keys)
    redis?.disconnect()
  })

  it('keeps a lead in the Redis outbox while the CMS is down and relays it once it is back', async () => {
    intake?.answer(503)
    const body = leadBody()
    expect((await postLead(webs[0]?.url ?? '', body)).status).toBe(202)
    const key = `vigeo:lead:outbox:pending:${String(body.submissionId)}`
    expect(await redis?.exists(key)).toBe(1)
    intake?.answer(201)
    await expect.poll(() => redis?.exists(key), { timeout: 20_000 }).toBe(0)
    expect(intake?.received.at(-1)).toMatchObject({ submissionId: body.submissionId })
  })

  it('answers a replay sent to the other instance with the first result', async () => {
    const body = leadBody()
    expect((await postLead(webs[0]?.url ?? '', body)).status).toBe(201)
    expect((await postLead(webs[1]?.url ?? '', body)).status).toBe(200)
    expect((await postLead(webs[1]?.url ?? '', { ...body, fullName: 'Other Name' })).status).toBe(
      409,
    )
  })

  it('counts requests per address across instances', async () => {
    // The four requests above, over both instances, used up the limit of 4 for this address.
    const answer = await postLead(webs[1]?.url ?? '', leadBody())
    expect(answer.status).toBe(429)
  })
})
