import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { staffSessions, type AdminSession } from '../support/admin'
import { INTAKE_TOKEN, receivedLead } from '../support/leads'
import { startCms, type TestCms } from '../support/strapi'

let cms: TestCms
let coordinator: AdminSession
let editor: AdminSession
const HOUR = 3_600_000

/** A lead through the intake route, then aged and worked directly in the database. */
const lead = async (
  overrides: Record<string, unknown>,
  stored: {
    hoursAgo?: number
    contactedAfterHours?: number
    intakeStatus?: string
    spam?: boolean
    /** Stored as is, past the intake validation (as an admin edit or an import could). */
    adClickId?: string
  } = {},
) => {
  const { id, documentId } = await receivedLead(cms, overrides)
  const createdAt = new Date(Date.now() - (stored.hoursAgo ?? 0) * HOUR)
  await cms.strapi.db.query('api::lead.lead').update({
    where: { id },
    data: {
      createdAt,
      ...(stored.contactedAfterHours !== undefined && {
        firstContactedAt: new Date(createdAt.getTime() + stored.contactedAfterHours * HOUR),
      }),
      ...(stored.intakeStatus && { intakeStatus: stored.intakeStatus }),
      ...(stored.spam && { spamSuspected: true }),
      ...(stored.adClickId && { adClickId: stored.adClickId }),
    },
  })
  return documentId
}

beforeAll(async () => {
  // UTC days keep "today" predictable for leads created a few minutes ago.
  cms = await startCms({ LEAD_INTAKE_TOKEN: INTAKE_TOKEN, CLINIC_TIME_ZONE: 'UTC' })
  const staff = await staffSessions(cms, 'coordinator', 'editor')
  coordinator = staff.coordinator
  editor = staff.editor
  await lead(
    {
      condition: 'ptsd',
      utmSource: 'google',
      utmTerm: 'ketamine ptsd',
      utmContent: 'ad-a',
      adClickId: 'gclid=Cj0KCQiA-abc_1.2~x',
    },
    { contactedAfterHours: 1, intakeStatus: 'contacted' },
  )
  await lead({ condition: 'ptsd', utmSource: undefined, referrer: undefined })
  await lead(
    { condition: 'depression', utmSource: 'facebook', fullName: '=HYPERLINK("http://evil.test")' },
    {
      hoursAgo: 24 * 10,
      contactedAfterHours: 5,
      intakeStatus: 'consultation-booked',
      adClickId: '-gclid=1,"x"',
    },
  )
  await lead({ condition: 'ptsd' }, { spam: true })
  await lead({ condition: 'depression' }, { hoursAgo: 24 * 45, intakeStatus: 'closed' })
})
afterAll(async () => {
  await cms?.stop()
})

describe('GET /lead-insights/summary', () => {
  it('gives the coordinator the pipeline, today, the median first contact and the breakdowns', async () => {
    const res = await cms.http().get('/lead-insights/summary').set(coordinator.auth)
    expect(res.status).toBe(200)
    expect(res.headers['cache-control']).toBe('no-store')
    const summary = res.body.data
    expect(summary.byStatus).toEqual({
      new: 2,
      contacted: 1,
      'consultation-booked': 1,
      'not-a-candidate': 0,
      closed: 1,
    })
    expect(summary.total).toBe(5)
    expect(summary.spamSuspected).toBe(1)
    expect(summary.awaitingFirstContact).toBe(1)
    expect(summary.newToday).toBe(2)
    // Median of 60 and 300 minutes; the 45-day-old lead is outside the window.
    expect(summary.medianMinutesToFirstContact).toBe(180)
    expect(summary.daily).toHaveLength(30)
    expect(summary.daily.reduce((sum: number, day: { count: number }) => sum + day.count, 0)).toBe(
      3,
    )
    expect(summary.byCondition).toEqual([
      { label: 'PTSD', count: 2 },
      { label: 'Depression', count: 1 },
    ])
    expect(summary.bySource.map((tally: { label: string }) => tally.label).sort()).toEqual([
      'Direct',
      'facebook',
      'google',
    ])
  })

  it('refuses marketing roles and anonymous visitors', async () => {
    expect((await cms.http().get('/lead-insights/summary').set(editor.auth)).status).toBe(403)
    expect((await cms.http().get('/lead-insights/summary')).status).toBe(401)
    expect((await cms.http().get('/lead-insights/export.csv')).status).toBe(401)
  })
})

describe('GET /lead-insights/export.csv', () => {
  const csvLines = (text: string) =>
    text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')

  it('exports every lead the coordinator can read, newest first, never cached', async () => {
    const res = await cms.http().get('/lead-insights/export.csv').set(coordinator.auth).buffer(true)
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="leads-\d{4}-\d{2}-\d{2}\.csv"$/,
    )
    expect(res.headers['cache-control']).toBe('no-store')
    const lines = csvLines(res.text)
    expect(lines[0]).toMatch(/^Received \(UTC\),Full name,Phone,E-mail,/)
    expect(lines).toHaveLength(6)
    expect(res.headers['x-export-row-count']).toBe('5')
    // Newest first: the 45-day-old closed lead is last.
    expect(lines.at(-1)).toContain(',closed,Depression,')
    // A name written as a spreadsheet formula is exported as text.
    expect(res.text).toContain(`"'=HYPERLINK(""http://evil.test"")"`)
    expect(res.text).toContain('(817) 555-0199')
    // The ad click id sits with the campaign columns, escaped like every cell.
    expect(lines[0]).toContain(
      ',UTM source,UTM medium,UTM campaign,UTM term,UTM content,Ad click ID,Referrer,',
    )
    expect(res.text).toContain(
      ',google,cpc,ptsd-fall,ketamine ptsd,ad-a,gclid=Cj0KCQiA-abc_1.2~x,https://www.google',
    )
    expect(res.text).toContain(`,facebook,cpc,ptsd-fall,,,"'-gclid=1,""x""",https://www.google`)
  })

  it('applies the list view filters', async () => {
    const res = await cms
      .http()
      .get('/lead-insights/export.csv')
      .query('filters[$and][0][intakeStatus][$eq]=contacted&sort=createdAt:DESC&page=1&pageSize=10')
      .set(coordinator.auth)
      .buffer(true)
    expect(res.status).toBe(200)
    const lines = csvLines(res.text)
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain(',contacted,PTSD,')
  })

  it('applies a filter on the condition, as the list view sends it', async () => {
    const res = await cms
      .http()
      .get('/lead-insights/export.csv')
      .query('filters[$and][0][condition][name][$eq]=PTSD')
      .set(coordinator.auth)
      .buffer(true)
    expect(res.status).toBe(200)
    const lines = csvLines(res.text).slice(1)
    // Two PTSD leads and the spam-flagged one: every listed lead, never a filtered-out one.
    expect(lines).toHaveLength(3)
    for (const line of lines) expect(line).toContain(',PTSD,')
    const list = await cms
      .http()
      .get('/content-manager/collection-types/api::lead.lead')
      .query('filters[$and][0][condition][name][$eq]=PTSD')
      .set(coordinator.auth)
    expect(list.body.pagination?.total).toBe(3)
  })

  it('answers a filter on an unknown field with a 400, not a 500', async () => {
    const res = await cms
      .http()
      .get('/lead-insights/export.csv')
      .query('filters[nope][$eq]=1')
      .set(coordinator.auth)
    expect(res.status).toBe(400)
  })

  it('refuses the editor', async () => {
    const res = await cms.http().get('/lead-insights/export.csv').set(editor.auth)
    expect(res.status).toBe(403)
    expect(res.text).not.toContain('Jordan')
  })
})
