import { leadFormSchema } from '@vigeo/lead-contract'
import { describe, expect, it } from 'vitest'
import { embeddedSubmissionId, prepareEmbedded } from '../../server/utils/lead/embedded'

const typed = {
  fullName: 'Jane Patient',
  phone: '(817) 555-0199',
  email: 'jane@example.com',
  preferredContactMethod: 'phone',
  preferredContactTime: 'anytime',
  condition: 'ptsd',
  consent: true,
}
const day = new Date('2026-11-28T15:00:00Z')

describe('the idempotency key of an embedded form', () => {
  it('is a valid UUID, the same for the same request on the same day', () => {
    const id = embeddedSubmissionId(typed, 'secret', day)
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(leadFormSchema.shape.submissionId.safeParse(id).success).toBe(true)
    expect(embeddedSubmissionId({ ...typed }, 'secret', new Date('2026-11-28T23:59:00Z'))).toBe(id)
  })

  it.each([
    ['another name', { ...typed, fullName: 'Jane Other' }, 'secret', day],
    ['another condition', { ...typed, condition: 'depression' }, 'secret', day],
    ['another day', typed, 'secret', new Date('2026-11-29T15:00:00Z')],
    ['another server secret', typed, 'other', day],
  ])('differs for %s', (_, fields, secret, when) => {
    expect(embeddedSubmissionId(fields, secret, when)).not.toBe(
      embeddedSubmissionId(typed, 'secret', day),
    )
  })
})

describe('prepareEmbedded', () => {
  it('adds the derived id to an embedded form post and drops the marker', () => {
    const { fields, tokenless } = prepareEmbedded('form', { ...typed, embedded: 'true' }, 's')
    expect(tokenless).toBe(true)
    expect(fields).not.toHaveProperty('embedded')
    expect(fields).toMatchObject({ ...typed, submissionId: expect.any(String) })
  })

  it('leaves script (JSON) requests and ordinary form posts alone', () => {
    const json = { ...typed, embedded: 'true' }
    expect(prepareEmbedded('json', json, 's')).toEqual({ fields: json, tokenless: false })
    expect(prepareEmbedded('form', typed, 's')).toEqual({ fields: typed, tokenless: false })
  })

  it('keeps an id the post brought, with its fill-time check', () => {
    const fields = { ...typed, embedded: 'true', submissionId: 'x', formToken: 't' }
    const prepared = prepareEmbedded('form', fields, 's')
    expect(prepared.tokenless).toBe(false)
    expect(prepared.fields).toEqual({ ...typed, submissionId: 'x', formToken: 't' })
  })
})
