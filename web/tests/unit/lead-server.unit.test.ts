import type { H3Event } from 'h3'
import { describe, expect, it } from 'vitest'
import { sameSitePath, splitReferrer } from '../../shared/lead/source'
import { valuesFromPosted } from '../../shared/lead/form-values'
import { clientAddress } from '../../server/utils/lead/client-ip'
import { createFormToken, verifyFormToken } from '../../server/utils/lead/form-token'

const ID = '0b6f3f4e-8d1a-4c5e-9f1b-2a3c4d5e6f70'

describe('form token', () => {
  const token = createFormToken('secret', ID, 1_000_000)

  it.each<[string, string, string | undefined, number, ReturnType<typeof verifyFormToken>]>([
    ['its own token, 5 s later', 'secret', token, 1_005_000, { valid: true, ageMs: 5000 }],
    ['a token signed with another secret', 'other', token, 1_005_000, { valid: false }],
    [
      'a token moved to another form',
      'secret',
      createFormToken('secret', 'x'),
      1_005_000,
      { valid: false },
    ],
    [
      'a token with a changed time',
      'secret',
      token.replace('1000000', '900000'),
      1_005_000,
      { valid: false },
    ],
    ['no token', 'secret', undefined, 1_005_000, { valid: false }],
  ])('checks %s', (_name, secret, given, now, expected) => {
    expect(verifyFormToken(secret, ID, given, now)).toEqual(expected)
  })
})

const event = (remoteAddress: string, forwardedFor?: string) =>
  ({
    node: { req: { socket: { remoteAddress }, headers: { 'x-forwarded-for': forwardedFor } } },
  }) as unknown as H3Event

describe('clientAddress', () => {
  it.each<[string, H3Event, boolean, number, string]>([
    ['ignores X-Forwarded-For by default', event('10.0.0.1', '203.0.113.9'), false, 1, '10.0.0.1'],
    [
      'takes the entry the trusted proxy added',
      event('10.0.0.1', '6.6.6.6, 203.0.113.9'),
      true,
      1,
      '203.0.113.9',
    ],
    [
      'counts two trusted hops from the right',
      event('10.0.0.1', '6.6.6.6, 203.0.113.9, 10.0.0.2'),
      true,
      2,
      '203.0.113.9',
    ],
    ['falls back to the socket without the header', event('10.0.0.1'), true, 1, '10.0.0.1'],
  ])('%s', (_name, e, trustProxy, trustProxyHops, expected) => {
    expect(clientAddress(e, { trustProxy, trustProxyHops })).toBe(expected)
  })
})

describe('source of a lead', () => {
  it.each([
    ['/conditions/ptsd', '/conditions/ptsd'],
    ['//evil.example/x', undefined],
    ['/search?q=depression', undefined],
    ['https://evil.example/', undefined],
    ['/\\evil.example', undefined],
  ])('accepts %j as a same-site path: %j', (input, expected) => {
    expect(sameSitePath(input)).toBe(expected)
  })

  it.each([
    ['https://vigeo.example/conditions/ptsd?x=1', { sourcePage: '/conditions/ptsd' }],
    [
      'https://www.google.com/search?q=ketamine+for+my+depression',
      { referrer: 'https://www.google.com' },
    ],
    ['javascript:alert(1)', {}],
    [undefined, {}],
  ])('splits the Referer %j', (referer, expected) => {
    expect(splitReferrer(referer, 'https://vigeo.example')).toEqual(expected)
  })
})

describe('valuesFromPosted', () => {
  it('keeps the visible text fields and drops anything else', () => {
    const values = valuesFromPosted({
      fullName: 'Jane',
      consent: true,
      formToken: 'x',
      phone: ['1', '2'],
    })
    expect(values).toMatchObject({ fullName: 'Jane', consent: true, phone: '' })
    expect(values).not.toHaveProperty('formToken')
  })
})
