import { readdirSync, readFileSync, statSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WebServer } from '../support/web-server'
import type { FakeIntake } from '../support/fake-intake'
import { startLeadSite, type LeadSite } from '../support/site'
import { leadBody, postLead, renderForm } from '../support/lead-requests'

// Against a stand-in for the CMS intake route: none of these depend on the real CMS.
describe('POST /api/consultations', () => {
  let site: LeadSite | undefined
  let intake: FakeIntake | undefined
  let web: WebServer | undefined
  let outboxDir = ''
  const url = () => web?.url ?? ''
  const pending = () => readdirSync(join(outboxDir, 'pending')).filter((n) => n.endsWith('.json'))

  beforeAll(async () => {
    site = await startLeadSite({
      NUXT_LEAD_FORM_SECRET: 'test-form-secret',
      NUXT_LEAD_MIN_FILL_SECONDS: '1',
      NUXT_LEAD_RELAY_INTERVAL_MS: '300',
      NUXT_LEAD_RATE_LIMIT_PER_IP: '1000',
      NUXT_LEAD_RATE_LIMIT_PER_CONTACT: '1000',
    })
    ;({ intake, web, outboxDir } = site)
  }, 60_000)

  afterAll(() => site?.stop())

  it('refuses content types other than JSON and form data with 415', async () => {
    const response = await fetch(`${url()}/api/consultations`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'hello',
    })
    expect(response.status).toBe(415)
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('refuses a body over 16 KB with 413, by Content-Length and by the bytes actually sent', async () => {
    const big = JSON.stringify(leadBody({ message: 'a'.repeat(20_000) }))
    expect((await postLead(url(), JSON.parse(big))).status).toBe(413)
    // Chunked: no Content-Length to trust, so the server must count what it reads.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${url()}/api/consultations`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      })
      req.on('response', (res) => resolve(res.statusCode ?? 0))
      req.on('error', reject)
      for (let i = 0; i < 20; i += 1) req.write('x'.repeat(1024))
      req.end()
    })
    expect(status).toBe(413)
  })

  it('answers invalid fields with 422 and a plain-language message per field', async () => {
    const { status, body } = await postLead(
      url(),
      leadBody({ fullName: '', phone: '+44 20 7183 8750', consent: false }),
    )
    expect(status).toBe(422)
    expect(body.errors).toEqual({
      fullName: 'Please enter your full name',
      phone: 'Please enter a US phone number with area code, e.g. (817) 555-0134',
      consent: 'Please confirm we may contact you',
    })
  })

  it('answers malformed JSON with 400, never a 500 or a stack trace', async () => {
    const response = await fetch(`${url()}/api/consultations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"fullName":',
    })
    expect(response.status).toBe(400)
    expect(await response.text()).not.toMatch(/at .*\.mjs|SyntaxError/)
  })

  it('delivers a lead to the CMS with E.164 phone, consent time and tracking (201)', async () => {
    const form = await renderForm(url())
    await sleep(1100)
    const body = leadBody({ ...form, sourcePage: '/conditions/ptsd', utmSource: 'google' })
    const { status } = await postLead(url(), body)
    expect(status).toBe(201)
    const lead = intake?.received.find((l) => l.submissionId === form.submissionId)
    expect(lead).toMatchObject({
      phone: '+18175550199',
      consent: true,
      sourcePage: '/conditions/ptsd',
      utmSource: 'google',
    })
    expect(lead?.spam).toBeUndefined()
    expect(lead).not.toHaveProperty('formToken')
    expect(Date.parse(String(lead?.consentedAt))).toBeGreaterThan(Date.now() - 60_000)
  })

  it('delivers a request with a filled honeypot, flagged as suspected spam', async () => {
    const form = await renderForm(url())
    await sleep(1100)
    await postLead(url(), leadBody({ ...form, website: 'http://spam.example' }))
    const lead = intake?.received.find((l) => l.submissionId === form.submissionId)
    expect(lead?.spam).toEqual({ suspected: true, reasons: ['honeypot-filled'] })
    expect(lead).not.toHaveProperty('website')
  })

  it('delivers a request sent faster than a person can fill the form, flagged', async () => {
    const form = await renderForm(url())
    expect((await postLead(url(), leadBody(form))).status).toBe(201)
    const lead = intake?.received.find((l) => l.submissionId === form.submissionId)
    expect(lead?.spam).toEqual({ suspected: true, reasons: ['submitted-too-fast'] })
  })

  it('flags a request whose form token is missing or forged', async () => {
    const body = leadBody({ formToken: '1700000000000.forged' })
    expect((await postLead(url(), body)).status).toBe(201)
    const lead = intake?.received.find((l) => l.submissionId === body.submissionId)
    expect(lead?.spam).toEqual({ suspected: true, reasons: ['form-token-invalid'] })
  })

  it('answers a replay with the first result and a changed body under the same id with 409', async () => {
    const body = leadBody()
    const deliveredBefore = intake?.received.length ?? 0
    expect((await postLead(url(), body)).status).toBe(201)
    const replay = await postLead(url(), body)
    expect(replay.status).toBe(200)
    expect(replay.body).toEqual({ status: 'received', submissionId: body.submissionId })
    expect(intake?.received.length).toBe(deliveredBefore + 1)
    const changed = await postLead(url(), { ...body, fullName: 'Someone Else' })
    expect(changed.status).toBe(409)
  })

  it('keeps the lead in the outbox while the CMS is down, says received (202), then relays it', async () => {
    intake?.answer(503)
    const body = leadBody()
    const { status, body: answer } = await postLead(url(), body)
    expect(status).toBe(202)
    expect(answer).toEqual({ status: 'received', submissionId: body.submissionId })
    const file = join(outboxDir, 'pending', `${String(body.submissionId)}.json`)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(JSON.parse(readFileSync(file, 'utf8')).lead.phone).toBe('+18175550199')

    intake?.answer(201)
    await expect.poll(() => pending().length, { timeout: 20_000 }).toBe(0)
    const copies = intake?.received.filter((l) => l.submissionId === body.submissionId) ?? []
    expect(copies.length).toBeGreaterThanOrEqual(2)
    expect(copies.at(-1)).toMatchObject({ fullName: 'Jane Patient', phone: '+18175550199' })
  })

  it('moves a lead the CMS refuses for good (409) to the dead-letter folder, logging its id only', async () => {
    intake?.answer(409)
    const body = leadBody()
    expect((await postLead(url(), body)).status).toBe(202)
    intake?.answer(201)
    const dead = readdirSync(join(outboxDir, 'dead'))
    expect(dead).toContain(`${String(body.submissionId)}.json`)
    expect(web?.output()).toContain(`${String(body.submissionId)} moved to the dead-letter outbox`)
    // Staff are alerted while it waits there, without any patient detail.
    await expect
      .poll(() => web?.output() ?? '', { timeout: 10_000 })
      .toMatch(/\[lead\] ALERT: \d+ consultation request\(s\) were refused by the CMS/)
    expect(web?.output()).not.toContain('Jane Patient')
  })

  describe('the form embedded in cached content pages (no id or token of its own)', () => {
    const embedded = (change: Record<string, string> = {}) =>
      new URLSearchParams({
        fullName: 'Jane Embedded',
        phone: '(817) 555-0142',
        email: 'jane.embedded@example.com',
        preferredContactMethod: 'text',
        preferredContactTime: 'morning',
        condition: 'ptsd',
        consent: 'true',
        consentTextVersion: String(leadBody().consentTextVersion),
        sourcePage: '/conditions/ptsd',
        embedded: 'true',
        ...change,
      })
    const post = (body: URLSearchParams) =>
      fetch(`${url()}/request-consultation`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body,
        redirect: 'manual',
      })

    it('delivers the request once, under an id derived from it, not flagged as spam', async () => {
      const first = await post(embedded())
      expect(first.status).toBe(303)
      expect(first.headers.get('location')).toBe('/request-consultation/thank-you')
      const again = await post(embedded())
      expect(again.status).toBe(303)

      const delivered = intake?.received.filter((lead) => lead.fullName === 'Jane Embedded') ?? []
      expect(delivered).toHaveLength(1)
      expect(delivered[0]).toMatchObject({
        condition: 'ptsd',
        sourcePage: '/conditions/ptsd',
        submissionId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-/),
      })
      expect(delivered[0]).not.toHaveProperty('spam')
      expect(delivered[0]).not.toHaveProperty('embedded')
    })
  })

  it('accepts the no-script form data and redirects (303) to the thank-you page', async () => {
    const form = new URLSearchParams({
      fullName: 'Jane Patient',
      phone: '817.555.0199',
      email: 'jane.form@example.com',
      preferredContactMethod: 'phone',
      preferredContactTime: 'anytime',
      consent: 'true',
      consentTextVersion: String(leadBody().consentTextVersion),
      submissionId: String(leadBody().submissionId),
    })
    const response = await fetch(`${url()}/api/consultations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form,
      redirect: 'manual',
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/request-consultation/thank-you')
  })

  it('writes nothing of a lead to the logs', async () => {
    const output = web?.output() ?? ''
    for (const secret of ['Jane Patient', '555-0199', '5550199', '@example.com', 'after work']) {
      expect(output).not.toContain(secret)
    }
  })
})

describe('rate limits of consultation requests', () => {
  let site: LeadSite | undefined
  let web: WebServer | undefined

  beforeAll(async () => {
    site = await startLeadSite({
      NUXT_LEAD_RATE_LIMIT_PER_IP: '3',
      NUXT_LEAD_RATE_LIMIT_PER_CONTACT: '2',
    })
    ;({ web } = site)
  }, 60_000)

  afterAll(() => site?.stop())

  it('limits requests per contact, whatever the address, with a friendly 429', async () => {
    const email = 'same.person@example.com'
    const statuses = []
    for (let i = 0; i < 3; i += 1) {
      statuses.push((await postLead(web?.url ?? '', leadBody({ email }))).status)
    }
    expect(statuses).toEqual([201, 201, 429])
  })

  it('limits requests per address; a rotating X-Forwarded-For does not get around it', async () => {
    const answers = []
    for (let i = 0; i < 3; i += 1) {
      answers.push(
        await postLead(web?.url ?? '', leadBody(), { 'X-Forwarded-For': `203.0.113.${i}` }),
      )
    }
    const last = answers.at(-1)
    expect(last?.status).toBe(429)
    expect(String(last?.body.message)).toMatch(/call/)
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})

describe('shutting down (SIGTERM)', () => {
  it('delivers what waits in the outbox before the process exits', async () => {
    // A relay interval far beyond the test: only the shutdown can deliver the queued request.
    const site = await startLeadSite({ NUXT_LEAD_RELAY_INTERVAL_MS: '600000' })
    try {
      site.intake.answer(503)
      const body = leadBody()
      expect((await postLead(site.web.url, body)).status).toBe(202)
      expect(readdirSync(join(site.outboxDir, 'pending'))).toHaveLength(1)
      site.intake.answer(201)
      const before = site.intake.received.length
      await site.web.stop()
      const delivered = site.intake.received.slice(before).map((lead) => lead.submissionId)
      expect(delivered).toEqual([body.submissionId])
      expect(readdirSync(join(site.outboxDir, 'pending'))).toEqual([])
    } finally {
      await site.stop()
    }
  }, 60_000)
})
