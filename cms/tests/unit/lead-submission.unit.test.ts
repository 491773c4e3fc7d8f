import { describe, expect, it } from 'vitest'
import { parseLeadSubmission } from '@vigeo/lead-contract'
import { submissionHash } from '../../src/api/lead/services/lead-intake'
import { reorderEditLayout } from '../../src/bootstrap/edit-layouts'
import { submission } from '../support/leads'

describe('lead submission contract', () => {
  it('trims text and leaves out optional fields sent empty', () => {
    const parsed = parseLeadSubmission({
      data: submission({ fullName: '  Jordan Patient ', referrer: '', message: null }),
    })
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.lead.fullName).toBe('Jordan Patient')
    expect(parsed.lead).not.toHaveProperty('referrer')
    expect(parsed.lead).not.toHaveProperty('message')
    expect(parsed.spam).toEqual({ suspected: false, reasons: [] })
  })

  it.each([
    [{ spam: { suspected: true, reasons: ['x'], score: 3 } }, ['spam', 'score']],
    [{ spam: { suspected: true, reasons: 'x' } }, ['spam', 'reasons']],
    [{ consentedAt: '2026-02-30' }, ['consentedAt']],
    [{ submissionId: 'has spaces' }, ['submissionId']],
    [{ condition: 'PTSD!' }, ['condition']],
  ])('refuses %j at %j', (patch, path) => {
    const parsed = parseLeadSubmission({ data: submission(patch) })
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.path)).toEqual([path])
  })
})

describe('submission fingerprint', () => {
  it('is the same for the same request whatever the key order', () => {
    const data = submission()
    const reversed = Object.fromEntries(Object.entries(data).reverse())
    const a = parseLeadSubmission({ data })
    const b = parseLeadSubmission({ data: reversed })
    if (!a.ok || !b.ok) throw new Error('invalid fixture')
    expect(submissionHash(a.lead)).toBe(submissionHash(b.lead))
  })

  it('changes when any submitted field changes', () => {
    const data = submission()
    const a = parseLeadSubmission({ data })
    const b = parseLeadSubmission({ data: { ...data, preferredContactTime: 'morning' } })
    if (!a.ok || !b.ok) throw new Error('invalid fixture')
    expect(submissionHash(a.lead)).not.toBe(submissionHash(b.lead))
  })
})

describe('edit layout order', () => {
  it('puts the listed fields first and packs rows of 12 columns', () => {
    const rows = [
      [
        { name: 'a', size: 6 },
        { name: 'b', size: 6 },
      ],
      [{ name: 'notes', size: 12 }],
      [
        { name: 'status', size: 6 },
        { name: 'flag', size: 4 },
      ],
    ]
    expect(reorderEditLayout(rows, ['status', 'notes'])).toEqual([
      [{ name: 'status', size: 6 }],
      [{ name: 'notes', size: 12 }],
      [
        { name: 'a', size: 6 },
        { name: 'b', size: 6 },
      ],
      [{ name: 'flag', size: 4 }],
    ])
    expect(reorderEditLayout(rows, ['status'], ['notes', 'a'])).toEqual([
      [
        { name: 'status', size: 6 },
        { name: 'b', size: 6 },
      ],
      [{ name: 'flag', size: 4 }],
    ])
  })
})
