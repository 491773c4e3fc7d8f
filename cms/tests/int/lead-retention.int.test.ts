import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { purgeClosedLeads } from '../../src/bootstrap/lead-retention'
import { INTAKE_TOKEN, receivedLead, storedLead } from '../support/leads'
import { startCms, type TestCms } from '../support/strapi'

let cms: TestCms

beforeAll(async () => {
  cms = await startCms({ LEAD_INTAKE_TOKEN: INTAKE_TOKEN, LEAD_RETENTION_DAYS: '30' })
})
afterAll(async () => {
  await cms?.stop()
})

const DAY = 24 * 60 * 60 * 1000

/** A lead with the given status, last changed the given number of days ago. */
const leadLastChangedDaysAgo = async (intakeStatus: string, days: number) => {
  const { submissionId } = await receivedLead(cms)
  const updatedAt = new Date(Date.now() - days * DAY)
  // Straight to the table: every Strapi layer would stamp updatedAt with the current time.
  await cms.strapi.db
    .connection('leads')
    .where({ submission_id: submissionId })
    .update({ intake_status: intakeStatus, updated_at: updatedAt })
  return submissionId
}

describe('lead retention', () => {
  it('deletes closed leads older than LEAD_RETENTION_DAYS, and only those', async () => {
    const oldClosed = await leadLastChangedDaysAgo('closed', 31)
    const oldOpen = await leadLastChangedDaysAgo('contacted', 400)
    const recentClosed = await leadLastChangedDaysAgo('closed', 29)

    const deleted = await purgeClosedLeads(cms.strapi)

    expect(deleted).toBe(1)
    expect(await storedLead(cms, oldClosed)).toBeNull()
    expect(await storedLead(cms, oldOpen)).not.toBeNull()
    expect(await storedLead(cms, recentClosed)).not.toBeNull()
  })

  it('uses a retention period of 365 days when none is given', async () => {
    const kept = await leadLastChangedDaysAgo('closed', 300)
    const purged = await leadLastChangedDaysAgo('closed', 366)

    const configured = process.env.LEAD_RETENTION_DAYS
    delete process.env.LEAD_RETENTION_DAYS
    try {
      expect(await purgeClosedLeads(cms.strapi)).toBe(1)
    } finally {
      process.env.LEAD_RETENTION_DAYS = configured
    }
    expect(await storedLead(cms, kept)).not.toBeNull()
    expect(await storedLead(cms, purged)).toBeNull()
  })

  it('is scheduled as a nightly cron task', () => {
    expect(cms.strapi.cron.jobs.map((job) => job.name)).toContain('leadRetention')
  })
})
