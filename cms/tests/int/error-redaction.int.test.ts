import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { adminAuth } from '../support/admin'
import { startCms, type TestCms } from '../support/strapi'

let cms: TestCms
let auth: { Authorization: string }

beforeAll(async () => {
  cms = await startCms()
  auth = await adminAuth(cms)
})
afterAll(async () => {
  await cms?.stop()
})

describe('unexpected errors', () => {
  it('are answered with a generic 500 and logged without their message', async () => {
    // What PostgreSQL says when a row breaks a constraint: the row's values, a patient's here.
    const failure = Object.assign(
      new Error('null value in column "email" violates not-null constraint'),
      {
        name: 'error',
        code: '23502',
        detail: 'Failing row contains (7, Jordan Secretpatient, +18175550199, null).',
      },
    )
    failure.message += ` ${failure.detail}`
    const query = cms.strapi.db.query.bind(cms.strapi.db)
    const spy = vi.spyOn(cms.strapi.db, 'query').mockImplementation((uid) => {
      if (uid !== 'api::lead.lead') return query(uid)
      throw failure
    })
    const logged = vi.spyOn(cms.strapi.log, 'error')
    try {
      const res = await cms.http().get('/lead-insights/summary?name=Jordan').set(auth)
      expect(res.status).toBe(500)
      expect(res.body.error).toEqual({
        status: 500,
        name: 'InternalServerError',
        message: 'Internal Server Error',
        details: {},
      })
      expect(JSON.stringify(res.body)).not.toContain('Jordan')
      const lines = logged.mock.calls.map((call) => String(call[0]))
      expect(
        lines.some((line) =>
          line.startsWith('[errors] GET /lead-insights/summary failed: error, code 23502'),
        ),
      ).toBe(true)
      expect(lines.join('\n')).not.toMatch(/Jordan|8175550199|Failing row/)
    } finally {
      spy.mockRestore()
      logged.mockRestore()
    }
  })

  it('leave expected errors to Strapi (a 400 keeps its message)', async () => {
    const res = await cms
      .http()
      .get('/lead-insights/export.csv')
      .query('filters[nope][$eq]=1')
      .set(auth)
    expect(res.status).toBe(400)
    expect(res.body.error.message).toMatch(/cannot be exported/)
  })
})
