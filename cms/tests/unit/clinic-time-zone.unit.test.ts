import { afterEach, describe, expect, it, vi } from 'vitest'
import { clinicTimeZone } from '../../src/utils/clinic-time-zone'

describe('clinicTimeZone', () => {
  afterEach(() => vi.unstubAllEnvs())

  it.each([
    ['unset', undefined, 'America/Chicago'],
    ['empty', '', 'America/Chicago'],
    ['a real zone', 'America/Denver', 'America/Denver'],
    ['not a zone', 'Mars/Olympus_Mons', 'America/Chicago'],
  ])('with CLINIC_TIME_ZONE %s, counts days in %s', (_label, value, expected) => {
    vi.stubEnv('CLINIC_TIME_ZONE', value)
    expect(clinicTimeZone()).toBe(expected)
  })
})
