import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { enforceAdminRoles, INTAKE_COORDINATOR } from '../../src/bootstrap/admin-roles'
import { LEAD_ADMIN_PATH, staffSessions, type AdminSession } from '../support/admin'
import { INTAKE_TOKEN, receivedLead, storedLead, submission } from '../support/leads'
import { startCms, type TestCms } from '../support/strapi'

let cms: TestCms
let coordinator: AdminSession
let editor: AdminSession
let author: AdminSession

beforeAll(async () => {
  cms = await startCms({ LEAD_INTAKE_TOKEN: INTAKE_TOKEN })
  const staff = await staffSessions(cms, 'coordinator', 'editor', 'author')
  coordinator = staff.coordinator
  editor = staff.editor
  author = staff.author
})
afterAll(async () => {
  await cms?.stop()
})

const update = (session: AdminSession, documentId: string, body: Record<string, unknown>) =>
  cms.http().put(`${LEAD_ADMIN_PATH}/${documentId}`).set(session.auth).send(body)

describe('status history and first contact', () => {
  it('records who changed the status, when, from and to, and stamps the first contact once', async () => {
    const lead = await receivedLead(cms)
    const before = Date.now()

    const res = await update(coordinator, lead.documentId, { intakeStatus: 'contacted' })
    expect(res.status).toBe(200)
    const contacted = await storedLead(cms, lead.submissionId)
    const firstContactedAt = Date.parse(contacted!.firstContactedAt as string)
    expect(firstContactedAt).toBeGreaterThanOrEqual(before - 1000)
    // Contacted within seconds: the list's "time to first contact" is 0.0 hours.
    expect(Number(contacted!.hoursToFirstContact)).toBe(0)
    expect(contacted!.statusHistory).toEqual([
      expect.objectContaining({
        from: 'new',
        to: 'contacted',
        changedBy: 'Casey Coordinator',
        changedById: coordinator.id,
        // The label staff read on the lead, in the clinic's time zone.
        summary: expect.stringMatching(
          /^new → contacted, by Casey Coordinator, [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M C[SD]T$/,
        ),
      }),
    ])

    const booking = await update(coordinator, lead.documentId, {
      intakeStatus: 'consultation-booked',
    })
    expect(booking.status).toBe(200)
    const booked = await storedLead(cms, lead.submissionId)
    expect(Date.parse(booked!.firstContactedAt as string)).toBe(firstContactedAt)
    expect(
      (booked!.statusHistory as { from: string; to: string }[]).map((c) => [c.from, c.to]),
    ).toEqual([
      ['new', 'contacted'],
      ['contacted', 'consultation-booked'],
    ])
  })

  it('records nothing when a save leaves the status as it was', async () => {
    const lead = await receivedLead(cms)
    const res = await update(coordinator, lead.documentId, {
      intakeStatus: 'new',
      staffNotes: 'Hi',
    })
    expect(res.status).toBe(200)
    const stored = await storedLead(cms, lead.submissionId)
    expect(stored).toMatchObject({ staffNotes: 'Hi', firstContactedAt: null, statusHistory: [] })
  })

  it('ignores system fields sent from the admin panel (history, first contact, spam verdict)', async () => {
    const lead = await receivedLead(cms)
    const res = await update(coordinator, lead.documentId, {
      firstContactedAt: '2020-01-01T00:00:00.000Z',
      hoursToFirstContact: 0.5,
      spamSuspected: true,
      spamReasons: ['made up'],
      submissionHash: 'forged',
      submissionId: 'forged',
      statusHistory: [{ from: 'new', to: 'closed', changedAt: '2020-01-01T00:00:00.000Z' }],
    })
    expect(res.status).toBe(200)
    const stored = await storedLead(cms, lead.submissionId)
    expect(stored).toMatchObject({
      firstContactedAt: null,
      hoursToFirstContact: null,
      spamSuspected: false,
      statusHistory: [],
      submissionHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    })
  })
})

describe('assignee', () => {
  it('lets a coordinator assign a lead to a member of staff', async () => {
    const lead = await receivedLead(cms)
    const res = await update(coordinator, lead.documentId, {
      assignee: { connect: [{ id: coordinator.id }] },
    })
    expect(res.status).toBe(200)
    const stored = await storedLead(cms, lead.submissionId)
    expect(stored!.assignee).toMatchObject({ id: coordinator.id, email: 'casey@vigeo.test' })
  })
})

describe('notes timeline', () => {
  it('signs and dates each new note and never changes or drops a saved one', async () => {
    const lead = await receivedLead(cms)
    await update(coordinator, lead.documentId, { notes: [{ text: 'Left a voicemail.' }] })
    const first = await storedLead(cms, lead.submissionId)
    const [saved] = first!.notes as { id: number; author: string; writtenAt: string }[]
    expect(saved).toMatchObject({ text: 'Left a voicemail.', author: 'Casey Coordinator' })
    expect(Date.parse(saved!.writtenAt)).not.toBeNaN()

    await update(coordinator, lead.documentId, {
      notes: [{ id: saved!.id, text: 'Rewritten history.' }, { text: 'Booked for Monday.' }],
    })
    const second = await storedLead(cms, lead.submissionId)
    expect((second!.notes as { text: string }[]).map((n) => n.text)).toEqual([
      'Left a voicemail.',
      'Booked for Monday.',
    ])
  })
})

describe('admin roles', () => {
  it('lets an intake coordinator list and read leads', async () => {
    const lead = await receivedLead(cms, { fullName: 'Robin Listed' })
    const list = await cms.http().get(LEAD_ADMIN_PATH).set(coordinator.auth)
    expect(list.status).toBe(200)
    expect(list.body.results.map((l: { documentId: string }) => l.documentId)).toContain(
      lead.documentId,
    )
    const one = await cms.http().get(`${LEAD_ADMIN_PATH}/${lead.documentId}`).set(coordinator.auth)
    expect(one.status).toBe(200)
    expect(one.body.data.fullName).toBe('Robin Listed')
  })

  it('does not let an intake coordinator create or delete leads, or read articles', async () => {
    const lead = await receivedLead(cms)
    const attempts = [
      cms.http().post(LEAD_ADMIN_PATH).set(coordinator.auth).send(submission()),
      cms.http().delete(`${LEAD_ADMIN_PATH}/${lead.documentId}`).set(coordinator.auth),
      cms
        .http()
        .get('/content-manager/collection-types/api::article.article')
        .set(coordinator.auth),
      cms.http().get('/admin/users').set(coordinator.auth),
    ]
    for (const res of await Promise.all(attempts)) expect(res.status).toBe(403)
    expect(await storedLead(cms, lead.submissionId)).not.toBeNull()
  })

  it("shows an intake coordinator the names of a lead's condition and location, nothing else of them", async () => {
    const lead = await receivedLead(cms)
    for (const [field, name] of [
      ['condition', 'PTSD'],
      ['location', 'Fort Worth'],
    ]) {
      const related = await cms
        .http()
        .get(`/content-manager/relations/api::lead.lead/${lead.documentId}/${field}`)
        .set(coordinator.auth)
      expect(related.status).toBe(200)
      expect(related.body.results.map((r: { name?: string }) => r.name)).toContain(name)
    }
    for (const type of ['condition', 'location']) {
      const list = await cms
        .http()
        .get(`/content-manager/collection-types/api::${type}.${type}`)
        .set(coordinator.auth)
      expect(list.status).toBe(200)
      for (const entry of list.body.results as Record<string, unknown>[]) {
        expect(typeof entry.name).toBe('string')
        expect(entry).not.toHaveProperty('slug')
        expect(entry).not.toHaveProperty('seo')
      }
      const change = await cms
        .http()
        .put(
          `/content-manager/collection-types/api::${type}.${type}/${list.body.results[0].documentId}`,
        )
        .set(coordinator.auth)
        .send({ name: 'Changed' })
      expect(change.status).toBe(403)
    }
  })

  it.each([
    ['an editor', () => editor],
    ['an author', () => author],
  ])('gives %s no access to leads', async (_who, session) => {
    const lead = await receivedLead(cms, { fullName: 'Sam Private' })
    const list = await cms.http().get(LEAD_ADMIN_PATH).set(session().auth)
    const one = await cms.http().get(`${LEAD_ADMIN_PATH}/${lead.documentId}`).set(session().auth)
    const change = await update(session(), lead.documentId, { intakeStatus: 'closed' })
    expect([list.status, one.status, change.status]).toEqual([403, 403, 403])
    expect(JSON.stringify([list.body, one.body])).not.toContain('Sam Private')
    const articles = await cms
      .http()
      .get('/content-manager/collection-types/api::article.article')
      .set(session().auth)
    expect(articles.status).toBe(200)
  })

  it('revokes at start a lead permission granted to the Editor role', async () => {
    const role = await cms.strapi.db
      .query('admin::role')
      .findOne({ where: { code: 'strapi-editor' } })
    await cms.strapi.db.query('admin::permission').create({
      data: {
        action: 'plugin::content-manager.explorer.read',
        subject: 'api::lead.lead',
        role: role.id,
        properties: {},
        conditions: [],
      },
    })
    await enforceAdminRoles(cms.strapi)
    await enforceAdminRoles(cms.strapi)

    const held = await cms.strapi.db
      .query('admin::permission')
      .count({ where: { role: { id: role.id }, subject: 'api::lead.lead' } })
    expect(held).toBe(0)
    const coordinators = await cms.strapi.db
      .query('admin::role')
      .count({ where: { code: INTAKE_COORDINATOR.code } })
    expect(coordinators).toBe(1)
  })
})

describe('admin views and logs for leads', () => {
  it('opens the lead list newest first with the triage columns, system fields read-only', async () => {
    const config = await cms.strapi
      .plugin('content-manager')
      .service('content-types')
      .findConfiguration({ uid: 'api::lead.lead' })
    expect(config.settings).toMatchObject({ defaultSortBy: 'createdAt', defaultSortOrder: 'DESC' })
    expect(config.layouts.list).toEqual(
      expect.arrayContaining([
        'fullName',
        'intakeStatus',
        'condition',
        'location',
        'createdAt',
        'hoursToFirstContact',
      ]),
    )
    expect(config.metadatas.createdAt.list.label).toBe('Received')
    expect(config.metadatas.hoursToFirstContact.list.label).toBe('Time to first contact (hours)')
    for (const field of [
      'firstContactedAt',
      'hoursToFirstContact',
      'spamSuspected',
      'spamReasons',
      'statusHistory',
    ]) {
      expect(config.metadatas[field].edit.editable, field).toBe(false)
    }
    const editFields = config.layouts.edit.flat().map((f: { name: string }) => f.name)
    expect(editFields[0]).toBe('intakeStatus')
    expect(editFields).not.toContain('submissionHash')
    // Shown read-only in the side panel instead of as editable rows.
    expect(editFields).not.toContain('statusHistory')
  })

  it('logs admin searches without their query string (no patient names in logs)', async () => {
    const http = vi.spyOn(cms.strapi.log, 'http')
    await cms.http().get(LEAD_ADMIN_PATH).query({ _q: 'Robin Listed' }).set(coordinator.auth)
    const lines = http.mock.calls.map(String)
    expect(lines.some((line) => line.includes(`GET ${LEAD_ADMIN_PATH} `))).toBe(true)
    expect(lines.join('\n')).not.toMatch(/Robin|_q=/)
  })
})
