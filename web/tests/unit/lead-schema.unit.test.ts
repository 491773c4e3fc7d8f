import {
  CONSENT_TEXT_VERSION,
  fromFormFields,
  leadFormSchema,
  toE164,
  toFieldErrors,
} from '@vigeo/lead-contract'
import { describe, expect, it } from 'vitest'

const valid = {
  fullName: 'Jane Doe',
  phone: '(817) 555-0134',
  email: 'jane@example.com',
  preferredContactMethod: 'text',
  preferredContactTime: 'morning',
  consent: true,
  consentTextVersion: CONSENT_TEXT_VERSION,
  submissionId: '0b6f3f4e-8d1a-4c5e-9f1b-2a3c4d5e6f70',
}

const errorsOf = (input: Record<string, unknown>) => {
  const result = leadFormSchema.safeParse(input)
  return result.success ? {} : toFieldErrors(result.error)
}

describe('toE164', () => {
  it.each([
    ['(817) 555-0134', '+18175550134'],
    ['817-555-0134', '+18175550134'],
    ['817.555.0134', '+18175550134'],
    ['8175550134', '+18175550134'],
    ['+1 817 555 0134', '+18175550134'],
    ['1 (817) 555-0134', '+18175550134'],
    [' +18175550134 ', '+18175550134'],
  ])('normalises %j to %s', (input, e164) => {
    expect(toE164(input)).toBe(e164)
  })

  it.each([
    ['555-0134', 'too short'],
    ['+44 20 7183 8750', 'not a US number'],
    ['(017) 555-0134', 'area code starting with 0'],
    ['(817) 155-0134', 'exchange starting with 1'],
    ['817-555-0134 ext 2', 'letters'],
    ['81755501345', '11 digits without a leading 1'],
    ['1+8175550134', 'a plus in the middle'],
  ])('rejects %j (%s)', (input) => {
    expect(toE164(input)).toBeNull()
  })
})

describe('leadFormSchema', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['a minimal request', {}, { phone: '+18175550134' }],
    [
      'a name with spaces around it, trimmed',
      { fullName: '  Jane Doe  ' },
      { fullName: 'Jane Doe' },
    ],
    ['a phone typed with +1', { phone: '+1 817 555 0134' }, { phone: '+18175550134' }],
    [
      'blank optional fields, dropped',
      { condition: '', location: '', message: '' },
      { condition: undefined, message: undefined },
    ],
    [
      'a condition and location slug',
      { condition: 'ptsd', location: 'fort-worth' },
      { condition: 'ptsd', location: 'fort-worth' },
    ],
    ['a 1000-character message', { message: 'a'.repeat(1000) }, { message: 'a'.repeat(1000) }],
    [
      'an e-mail of 254 characters',
      { email: `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}` },
      {},
    ],
    [
      'UTM parameters and a source page',
      { utmSource: 'google', utmCampaign: 'fall', sourcePage: '/conditions/ptsd' },
      { utmSource: 'google' },
    ],
    [
      'a filled honeypot (flagged later, not an error)',
      { website: 'http://spam.example' },
      { website: 'http://spam.example' },
    ],
  ])('accepts %s', (_name, change, expected) => {
    const result = leadFormSchema.safeParse({ ...valid, ...change })
    expect(result.success).toBe(true)
    expect(result.data).toMatchObject(expected)
  })

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a missing name', { fullName: undefined }, 'fullName', 'Please enter your full name'],
    ['a one-letter name', { fullName: ' J ' }, 'fullName', 'Please enter your full name'],
    [
      'a 121-character name',
      { fullName: 'a'.repeat(121) },
      'fullName',
      'Please shorten your name to 120 characters or fewer',
    ],
    ['an empty phone', { phone: '' }, 'phone', 'Please enter your phone number'],
    [
      'a UK phone',
      { phone: '+44 20 7183 8750' },
      'phone',
      'Please enter a US phone number with area code, e.g. (817) 555-0134',
    ],
    [
      'a phone without area code',
      { phone: '555-0134' },
      'phone',
      'Please enter a US phone number with area code, e.g. (817) 555-0134',
    ],
    ['an empty e-mail', { email: '' }, 'email', 'Please enter your e-mail address'],
    [
      'an e-mail without domain',
      { email: 'jane@' },
      'email',
      'Please enter a valid e-mail address, e.g. name@example.com',
    ],
    [
      'an e-mail over 254 characters',
      { email: `${'a'.repeat(250)}@example.com` },
      'email',
      'Please enter an e-mail address of 254 characters or fewer',
    ],
    [
      'an unknown contact method',
      { preferredContactMethod: 'fax' },
      'preferredContactMethod',
      'Please choose how we should contact you',
    ],
    [
      'no time window',
      { preferredContactTime: undefined },
      'preferredContactTime',
      'Please choose a time of day',
    ],
    [
      'a condition that is not a slug',
      { condition: 'PTSD <script>' },
      'condition',
      'Please choose a condition from the list',
    ],
    [
      'a location that is not a slug',
      { location: '../etc' },
      'location',
      'Please choose a location from the list',
    ],
    [
      'a 1001-character message',
      { message: 'a'.repeat(1001) },
      'message',
      'Please shorten your message to 1000 characters or fewer',
    ],
    ['no consent', { consent: undefined }, 'consent', 'Please confirm we may contact you'],
    [
      'consent given as the string "true"',
      { consent: 'true' },
      'consent',
      'Please confirm we may contact you',
    ],
    ['consent false', { consent: false }, 'consent', 'Please confirm we may contact you'],
    [
      'an old consent version',
      { consentTextVersion: '2020-01-01' },
      'consentTextVersion',
      'The consent wording has changed: please reload the page and confirm again',
    ],
    [
      'a submission id that is not a UUID',
      { submissionId: 'x'.repeat(65) },
      'submissionId',
      'This form has expired: please reload the page',
    ],
    ['an unknown field', { ssn: '123-45-6789' }, 'form', 'Unexpected field(s): ssn'],
    [
      'a UTM value over 200 characters',
      { utmSource: 'a'.repeat(201) },
      'utmSource',
      'Please shorten this to 200 characters or fewer',
    ],
  ])('rejects %s with a message for that field', (_name, change, field, message) => {
    expect(errorsOf({ ...valid, ...change })[field]).toBe(message)
  })
})

describe('fromFormFields', () => {
  it('turns a checked consent box into true and keeps other values as text', () => {
    const fields = fromFormFields(new URLSearchParams('consent=true&fullName=Jane'))
    expect(fields).toEqual({ consent: true, fullName: 'Jane' })
  })

  it('keeps a repeated field as a list, which then fails validation', () => {
    const fields = fromFormFields(new URLSearchParams('email=a@example.com&email=b@example.com'))
    expect(errorsOf({ ...valid, ...fields }).email).toBe('Please enter your e-mail address')
  })
})
