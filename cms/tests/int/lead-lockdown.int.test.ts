import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { enforceApiPermissions } from '../../src/bootstrap/permissions'
import { apiToken, apiUserJwt } from '../support/content-api'
import { startCms, type TestCms } from '../support/strapi'

let cms: TestCms
let leadId: string
let userJwt: string
let readOnlyToken: string
let fullAccessToken: string

const LEAD = {
  fullName: 'Pat Example',
  phone: '+18175550100',
  email: 'pat@example.com',
  preferredContactMethod: 'phone',
  preferredContactTime: 'anytime',
  message: 'Please call me.',
  consent: true,
  consentTextVersion: '2026-11-01',
  consentedAt: new Date().toISOString(),
  submissionId: 'lockdown-test-1',
  intakeStatus: 'new',
}

beforeAll(async () => {
  cms = await startCms()
  const conditions = await cms.strapi
    .documents('api::condition.condition')
    .findMany({ filters: { slug: 'ptsd' }, status: 'published' })
  const lead = await cms.strapi.documents('api::lead.lead').create({
    data: { ...LEAD, condition: conditions[0]!.documentId } as never,
  })
  leadId = lead.documentId

  userJwt = await apiUserJwt(cms, {
    username: 'someone',
    email: 'someone@example.com',
    password: 'Someone-1234',
  })
  readOnlyToken = await apiToken(cms, 'Reads', 'read-only')
  fullAccessToken = await apiToken(cms, 'All', 'full-access')
})
afterAll(async () => {
  await cms?.stop()
})

// Anonymous callers are asked for credentials (401: the public role holds no permission).
const callers = [
  ['an anonymous visitor', () => ({}), 401],
  ['a signed-in API user', () => ({ Authorization: `Bearer ${userJwt}` }), 403],
] as const

// Strapi lets these token types call any find route (the site's token is read-only); the lead
// routes' policy stops them.
const tokens = [
  ['a read-only API token', () => ({ Authorization: `Bearer ${readOnlyToken}` }), 403],
  ['a full-access API token', () => ({ Authorization: `Bearer ${fullAccessToken}` }), 403],
] as const

const leadRoutes = () =>
  [
    ['get', '/api/leads'],
    ['get', `/api/leads/${leadId}`],
    ['post', '/api/leads'],
    ['put', `/api/leads/${leadId}`],
    ['delete', `/api/leads/${leadId}`],
  ] as const

describe.each([...callers, ...tokens])('lead routes for %s', (_who, headers, refused) => {
  it('answer 403 on every lead route (find, findOne, create, update, delete)', async () => {
    for (const [method, path] of leadRoutes()) {
      const agent = cms.http()
      const res = await agent[method](path)
        .set(headers())
        .send({ data: { ...LEAD, submissionId: 'attempt' } })
      expect(res.status, `${method.toUpperCase()} ${path}`).toBe(refused)
      expect(JSON.stringify(res.body)).not.toContain('Pat Example')
    }
    const count = await cms.strapi.documents('api::lead.lead').count({})
    expect(count).toBe(1)
  })
})

describe.each(callers)('lead lock-down for %s', (_who, headers, refused) => {
  it('answers 403 on user, role and upload routes', async () => {
    for (const path of ['/api/users', '/api/users-permissions/roles', '/api/upload/files']) {
      const res = await cms.http().get(path).set(headers())
      expect(res.status, path).toBe(refused)
    }
  })

  it('cannot reach a lead through relations, populate or filters on public content', async () => {
    const attempts = [
      ['/api/conditions', { populate: '*' }],
      ['/api/conditions', { populate: { leads: true } }],
      ['/api/conditions', { 'filters[leads][fullName][$eq]': 'Pat Example' }],
      ['/api/locations', { populate: { leads: { populate: '*' } } }],
      ['/api/articles', { populate: { conditions: { populate: '*' } } }],
      ['/api/home-page', { populate: { featuredConditions: { populate: '*' } } }],
    ] as const
    for (const [path, query] of attempts) {
      const res = await cms.http().get(path).set(headers()).query(query)
      expect(JSON.stringify(res.body), path).not.toMatch(/Pat Example|pat@example\.com|8175550100/)
    }
  })
})

describe('permission enforcement at start-up', () => {
  it('revokes a lead permission granted to an API role, and any public permission', async () => {
    const publicRole = await cms.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'public' } })
    for (const action of ['api::lead.lead.find', 'plugin::users-permissions.user.find']) {
      await cms.strapi.db
        .query('plugin::users-permissions.permission')
        .create({ data: { action, role: publicRole.id } })
    }

    await enforceApiPermissions(cms.strapi)

    const held = await cms.strapi.db
      .query('plugin::users-permissions.permission')
      .findMany({ where: { role: publicRole.id } })
    const actions = held.map((p: { action: string }) => p.action)
    expect(actions).not.toContain('api::lead.lead.find')
    expect(actions).not.toContain('plugin::users-permissions.user.find')
    // The public role holds nothing at all: the site reads with its API token.
    expect(actions).toEqual([])
  })
})

describe('lead model', () => {
  it('refuses a lead without consent to be contacted, with a field-level error', async () => {
    const create = cms.strapi.documents('api::lead.lead').create({
      data: { ...LEAD, consent: false, submissionId: 'no-consent' } as never,
    })
    await expect(create).rejects.toMatchObject({
      name: 'ValidationError',
      details: { errors: [{ path: ['consent'] }] },
    })
  })

  it('refuses a second lead with the same submission id', async () => {
    const create = cms.strapi.documents('api::lead.lead').create({ data: LEAD as never })
    await expect(create).rejects.toThrow()
    expect(await cms.strapi.documents('api::lead.lead').count({})).toBe(1)
  })
})
