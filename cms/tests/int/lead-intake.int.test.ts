import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  ensureLeadIntakeToken,
  LEAD_INTAKE_TOKEN_NAME,
  LEAD_SUBMIT_ACTION,
} from '../../src/bootstrap/lead-intake-token'
import { apiToken, apiUserJwt } from '../support/content-api'
import { INTAKE_TOKEN, leadCount, storedLead, submission, submit } from '../support/leads'
import { startCms, type TestCms } from '../support/strapi'

let cms: TestCms
let userJwt: string
let readOnlyToken: string

beforeAll(async () => {
  cms = await startCms({ LEAD_INTAKE_TOKEN: INTAKE_TOKEN })
  userJwt = await apiUserJwt(cms, {
    username: 'api-user',
    email: 'api-user@example.com',
    password: 'Api-user-1234',
  })
  readOnlyToken = await apiToken(cms, 'Read-only', 'read-only')
})
afterAll(async () => {
  await cms?.stop()
})

describe('POST /api/lead-submissions with the intake token', () => {
  it('stores the request as a new lead and answers 201 with its id and time only', async () => {
    const data = submission()
    const res = await submit(cms, data)

    expect(res.status).toBe(201)
    expect(res.body).toEqual({
      data: { submissionId: data.submissionId, receivedAt: expect.any(String) },
    })
    expect(Date.parse(res.body.data.receivedAt)).not.toBeNaN()

    const lead = await storedLead(cms, data.submissionId)
    expect(lead).toMatchObject({
      fullName: 'Jordan Patient',
      phone: '+18175550199',
      email: 'jordan.patient@example.com',
      preferredContactMethod: 'text',
      preferredContactTime: 'evening',
      message: data.message,
      consent: true,
      consentTextVersion: '2026-11-01',
      sourcePage: '/conditions/ptsd',
      utmCampaign: 'ptsd-fall',
      intakeStatus: 'new',
      spamSuspected: false,
      firstContactedAt: null,
      condition: expect.objectContaining({ slug: 'ptsd' }),
      location: expect.objectContaining({ slug: 'fort-worth' }),
    })
    expect(new Date(lead!.consentedAt as string).toISOString()).toBe(data.consentedAt)
    expect(lead!.submissionHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('accepts a request without the optional fields', async () => {
    const { condition: _c, location: _l, message: _m, referrer: _r, ...data } = submission()
    const res = await submit(cms, { ...data, utmSource: '', utmTerm: null })
    expect(res.status).toBe(201)
    const lead = await storedLead(cms, data.submissionId)
    expect(lead).toMatchObject({ condition: null, location: null, message: null })
  })

  it('stores suspected spam flagged with its reasons instead of dropping it', async () => {
    const data = submission({ spam: { suspected: true, reasons: ['honeypot', 'too-fast'] } })
    const res = await submit(cms, data)
    expect(res.status).toBe(201)
    const lead = await storedLead(cms, data.submissionId)
    expect(lead).toMatchObject({ spamSuspected: true, spamReasons: ['honeypot', 'too-fast'] })
  })
})

describe('idempotency by submission id', () => {
  it('answers a resend of the same request 200 with the first result, storing one lead', async () => {
    const data = submission()
    const first = await submit(cms, data)
    const again = await submit(cms, { ...data, spam: { suspected: true, reasons: ['retry'] } })

    expect(first.status).toBe(201)
    expect(again.status).toBe(200)
    expect(again.body).toEqual(first.body)
    expect(await leadCount(cms, data.submissionId)).toBe(1)
  })

  it('refuses a different request under a used submission id with 409', async () => {
    const data = submission()
    expect((await submit(cms, data)).status).toBe(201)
    const res = await submit(cms, { ...data, message: 'Something else entirely.' })

    expect(res.status).toBe(409)
    expect(res.body.error).toMatchObject({ status: 409, message: expect.stringMatching(/already/) })
    expect(JSON.stringify(res.body)).not.toContain('Something else')
    const lead = await storedLead(cms, data.submissionId)
    expect(lead!.message).toBe(data.message)
  })

  it('stores exactly one lead when the same request arrives several times at once', async () => {
    const data = submission()
    const responses = await Promise.all(Array.from({ length: 6 }, () => submit(cms, data)))
    const statuses = responses.map((res) => res.status).sort()
    expect(statuses).toEqual([200, 200, 200, 200, 200, 201])
    expect(await leadCount(cms, data.submissionId)).toBe(1)
  })
})

describe('field-level validation', () => {
  it.each([
    ['consent is missing', { consent: undefined }, 'consent'],
    ['consent is false', { consent: false }, 'consent'],
    ['the phone is not E.164', { phone: '817-555-0199' }, 'phone'],
    ['the e-mail is invalid', { email: 'jordan(at)example' }, 'email'],
    ['the contact method is unknown', { preferredContactMethod: 'fax' }, 'preferredContactMethod'],
    ['the contact time is unknown', { preferredContactTime: 'midnight' }, 'preferredContactTime'],
    ['the message is over 1000 characters', { message: 'a'.repeat(1001) }, 'message'],
    ['the name is missing', { fullName: ' ' }, 'fullName'],
    ['consentedAt is not a date', { consentedAt: 'yesterday' }, 'consentedAt'],
    ['the submission id is too long', { submissionId: 'x'.repeat(65) }, 'submissionId'],
    ['the condition slug is unknown', { condition: 'no-such-condition' }, 'condition'],
    ['the location slug is unknown', { location: 'dallas' }, 'location'],
    ['the spam verdict is malformed', { spam: { suspected: 'yes' } }, 'spam'],
  ])('refuses a request where %s, naming the field', async (_case, patch, field) => {
    const data = submission(patch)
    const res = await submit(cms, data)

    expect(res.status).toBe(400)
    expect(res.body.error.name).toBe('ValidationError')
    expect(res.body.error.details.errors).toContainEqual({
      path: expect.arrayContaining([field]),
      message: expect.any(String),
    })
    expect(await leadCount(cms, data.submissionId)).toBe(0)
  })

  it.each([
    'status',
    'intakeStatus',
    'staffNotes',
    'notes',
    'assignee',
    'firstContactedAt',
    'hoursToFirstContact',
    'statusHistory',
    'spamSuspected',
    'submissionHash',
    'id',
    'documentId',
    'createdBy',
  ])('refuses a request that tries to set %s (no mass assignment)', async (field) => {
    const data = submission({ [field]: field === 'id' ? 1 : 'closed' })
    const res = await submit(cms, data)

    expect(res.status).toBe(400)
    expect(res.body.error.details.errors).toEqual([
      { path: [field], message: 'This field cannot be set.' },
    ])
    expect(await leadCount(cms, data.submissionId)).toBe(0)
  })

  it('never repeats a submitted value in its error messages', async () => {
    const res = await submit(
      cms,
      submission({ phone: '+44 20 7946 0958', email: 'not-an-email', message: 'm'.repeat(1001) }),
    )
    expect(res.status).toBe(400)
    const body = JSON.stringify(res.body)
    expect(body).not.toMatch(/7946|not-an-email|mmmm|Jordan|jordan/)
  })

  it('refuses malformed JSON without quoting it in the answer or the logs', async () => {
    const logged = [vi.spyOn(cms.strapi.log, 'error'), vi.spyOn(cms.strapi.log, 'warn')]
    const res = await cms
      .http()
      .post('/api/lead-submissions')
      .set('Authorization', `Bearer ${INTAKE_TOKEN}`)
      .set('Content-Type', 'application/json')
      .send('{"data":{"fullName":Jordan Secretname}}')

    expect(res.status).toBe(400)
    expect(res.body.error).toMatchObject({ name: 'ValidationError', message: expect.any(String) })
    expect(JSON.stringify(res.body)).not.toMatch(/Jordan|Secret/)
    const lines = logged.flatMap((spy) => spy.mock.calls.map(String))
    expect(lines.join('\n')).not.toMatch(/Jordan|Secret/)
  })

  it('refuses a body that is not { data: {...} }', async () => {
    const res = await cms
      .http()
      .post('/api/lead-submissions')
      .set('Authorization', `Bearer ${INTAKE_TOKEN}`)
      .send({ fullName: 'Jordan Patient' })
    expect(res.status).toBe(400)
    expect(res.body.error.details.errors).toEqual([{ path: ['data'], message: expect.any(String) }])
    expect(JSON.stringify(res.body)).not.toContain('Jordan')

    // A JSON body that is not an object at all stops at the request guard.
    const list = await cms
      .http()
      .post('/api/lead-submissions')
      .set('Authorization', `Bearer ${INTAKE_TOKEN}`)
      .send([1, 2])
    expect(list.status).toBe(400)
    expect(list.body.error.message).toBe('The request body must be a JSON object.')
  })
})

describe('who may submit', () => {
  it.each([
    ['no token', () => ({}), [401]],
    ['a wrong token', () => ({ Authorization: `Bearer ${'y'.repeat(48)}` }), [401]],
    ['a users-permissions JWT', () => ({ Authorization: `Bearer ${userJwt}` }), [403]],
    ['a read-only API token', () => ({ Authorization: `Bearer ${readOnlyToken}` }), [403]],
  ])('refuses a request with %s', async (_who, headers, statuses) => {
    const data = submission()
    const res = await cms.http().post('/api/lead-submissions').set(headers()).send({ data })
    expect(statuses).toContain(res.status)
    expect(await leadCount(cms, data.submissionId)).toBe(0)
  })

  it('gives the intake token no other access: it cannot read or change leads or content', async () => {
    const data = submission()
    await submit(cms, data)
    const lead = await storedLead(cms, data.submissionId)
    const auth = { Authorization: `Bearer ${INTAKE_TOKEN}` }
    const attempts = [
      ['get', '/api/leads'],
      ['get', `/api/leads/${lead!.documentId}`],
      ['post', '/api/leads'],
      ['put', `/api/leads/${lead!.documentId}`],
      ['delete', `/api/leads/${lead!.documentId}`],
      ['get', '/api/articles'],
      ['get', '/api/users'],
    ] as const
    for (const [method, path] of attempts) {
      const agent = cms.http()
      const res = await agent[method](path)
        .set(auth)
        .send({ data: { intakeStatus: 'closed' } })
      expect(res.status, `${method} ${path}`).toBe(403)
      expect(JSON.stringify(res.body)).not.toContain('Jordan')
    }
    expect((await storedLead(cms, data.submissionId))!.intakeStatus).toBe('new')
  })
})

describe('intake token provisioning', () => {
  it('holds only the submit permission and stores the hash of the shared value, no copy', async () => {
    const tokens = cms.strapi.service('admin::api-token')
    const token = await tokens.getByName(LEAD_INTAKE_TOKEN_NAME)
    expect(token).toMatchObject({ type: 'custom', permissions: [LEAD_SUBMIT_ACTION] })
    const row = await cms.strapi.db
      .query('admin::api-token')
      .findOne({ where: { id: token.id }, select: ['accessKey', 'encryptedKey'] })
    expect(row.accessKey).toBe(tokens.hash(INTAKE_TOKEN))
    expect(row.encryptedKey).toBeNull()
  })

  it('rotates to a new LEAD_INTAKE_TOKEN at the next start without a second token', async () => {
    const rotated = 'rotated-intake-token-'.padEnd(48, 'z')
    process.env.LEAD_INTAKE_TOKEN = rotated
    try {
      await ensureLeadIntakeToken(cms.strapi)
      expect((await submit(cms, submission(), rotated)).status).toBe(201)
      expect((await submit(cms, submission(), INTAKE_TOKEN)).status).toBe(401)
      const named = await cms.strapi.db
        .query('admin::api-token')
        .count({ where: { name: LEAD_INTAKE_TOKEN_NAME } })
      expect(named).toBe(1)
    } finally {
      process.env.LEAD_INTAKE_TOKEN = INTAKE_TOKEN
      await ensureLeadIntakeToken(cms.strapi)
    }
  })
})
