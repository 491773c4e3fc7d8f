import { randomUUID } from 'node:crypto'
import { expect } from 'vitest'
import type { TestCms } from './strapi'

/** The shared secret of the intake token in tests (the real one comes from LEAD_INTAKE_TOKEN). */
export const INTAKE_TOKEN = 'test-intake-token-'.padEnd(48, 'x')

/** A valid `data` for POST /api/lead-submissions, with a fresh submission id. */
export const submission = (overrides: Record<string, unknown> = {}) => ({
  fullName: 'Jordan Patient',
  phone: '+18175550199',
  email: 'jordan.patient@example.com',
  preferredContactMethod: 'text',
  preferredContactTime: 'evening',
  condition: 'ptsd',
  location: 'fort-worth',
  message: 'I would like to know whether ketamine could help me.',
  consent: true,
  consentTextVersion: '2026-11-01',
  consentedAt: '2026-11-28T17:59:00.000Z',
  sourcePage: '/conditions/ptsd',
  referrer: 'https://www.google.com/',
  utmSource: 'google',
  utmMedium: 'cpc',
  utmCampaign: 'ptsd-fall',
  submissionId: randomUUID(),
  ...overrides,
})

export const submit = (cms: TestCms, data: unknown, token: string | null = INTAKE_TOKEN) => {
  const request = cms.http().post('/api/lead-submissions')
  if (token) request.set('Authorization', `Bearer ${token}`)
  return request.send({ data })
}

/** A stored lead, read past the API (personal fields are private there). */
export const storedLead = (cms: TestCms, submissionId: string) =>
  cms.strapi.db.query('api::lead.lead').findOne({
    where: { submissionId },
    populate: {
      condition: true,
      location: true,
      assignee: true,
      statusHistory: true,
      notes: true,
    },
  }) as Promise<Record<string, unknown> | null>

/** A lead received through the intake route (a valid request with these overrides): its ids. */
export async function receivedLead(cms: TestCms, overrides: Record<string, unknown> = {}) {
  const data = submission(overrides)
  expect((await submit(cms, data)).status).toBe(201)
  const lead = await storedLead(cms, data.submissionId)
  return {
    id: lead!.id as number,
    documentId: lead!.documentId as string,
    submissionId: data.submissionId,
  }
}

export const leadCount = (cms: TestCms, submissionId?: string) =>
  cms.strapi.db
    .query('api::lead.lead')
    .count(submissionId ? { where: { submissionId } } : {}) as Promise<number>
