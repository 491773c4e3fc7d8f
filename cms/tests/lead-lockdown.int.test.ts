import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { enforceApiPermissions } from '../src/bootstrap/permissions'
import { startCms, type TestCms } from './support/strapi'

let cms: TestCms
let leadId: string
let userJwt: string

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

  const authenticated = await cms.strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'authenticated' } })
  const user = await cms.strapi.plugin('users-permissions').service('user').add({
    username: 'someone',
    email: 'someone@example.com',
    password: 'Someone-1234',
    provider: 'local',
    confirmed: true,
    role: authenticated.id,
  })
  userJwt = cms.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id })
})
afterAll(async () => {
  await cms?.stop()
})

const callers = [
  ['an anonymous visitor', () => ({})],
  ['a signed-in API user', () => ({ Authorization: `Bearer ${userJwt}` })],
] as const

const leadRoutes = () =>
  [
    ['get', '/api/leads'],
    ['get', `/api/leads/${leadId}`],
    ['post', '/api/leads'],
    ['put', `/api/leads/${leadId}`],
    ['delete', `/api/leads/${leadId}`],
  ] as const

describe.each(callers)('lead lock-down for %s', (_who, headers) => {
  it('answers 403 on every lead route (find, findOne, create, update, delete)', async () => {
    for (const [method, path] of leadRoutes()) {
      const agent = cms.http()
      const res = await agent[method](path)
        .set(headers())
        .send({ data: { ...LEAD, submissionId: 'attempt' } })
      expect(res.status, `${method.toUpperCase()} ${path}`).toBe(403)
      expect(JSON.stringify(res.body)).not.toContain('Pat Example')
    }
    const count = await cms.strapi.documents('api::lead.lead').count({})
    expect(count).toBe(1)
  })

  it('answers 403 on user, role and upload routes', async () => {
    for (const path of ['/api/users', '/api/users-permissions/roles', '/api/upload/files']) {
      const res = await cms.http().get(path).set(headers())
      expect(res.status, path).toBe(403)
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
  it('revokes a lead permission granted to an API role, and extra public permissions', async () => {
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
    expect(actions).toContain('api::article.article.find')
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
