import {
  CONTACT_METHODS,
  CONTACT_TIMES,
  DEFAULT_CONTACT_METHOD,
  DEFAULT_CONTACT_TIME,
  FULL_NAME_MIN_LENGTH,
  LEAD_INTAKE_REQUIRED,
  LEAD_MAX_LENGTH,
  US_E164_PATTERN,
} from '@vigeo/lead-contract'
import { describe, expect, it } from 'vitest'
import leadSchema from '../../src/api/lead/content-types/lead/schema.json'

// The Lead model stores what the contract (packages/lead-contract) accepts: these fail when one
// of them changes without the other.
interface Attribute {
  type: string
  enum?: string[]
  default?: unknown
  required?: boolean
  minLength?: number
  maxLength?: number
  regex?: string
  target?: string
}
const attributes: Record<string, Attribute> = leadSchema.attributes

/** What staff and the CMS itself write; never part of a consultation request. */
const STAFF_FIELDS = [
  'intakeStatus',
  'firstContactedAt',
  'hoursToFirstContact',
  'assignee',
  'statusHistory',
  'staffNotes',
  'notes',
  'submissionHash',
  'spamSuspected',
  'spamReasons',
]

describe('Lead model and lead contract', () => {
  it('has one attribute for each intake field, besides the staff fields', () => {
    expect(Object.keys(attributes).sort()).toEqual(
      [...Object.keys(LEAD_INTAKE_REQUIRED), ...STAFF_FIELDS].sort(),
    )
  })

  it('offers exactly the contact methods and times of the form, with its defaults', () => {
    expect(attributes.preferredContactMethod?.enum).toEqual([...CONTACT_METHODS])
    expect(attributes.preferredContactTime?.enum).toEqual([...CONTACT_TIMES])
    expect(attributes.preferredContactMethod?.default).toBe(DEFAULT_CONTACT_METHOD)
    expect(attributes.preferredContactTime?.default).toBe(DEFAULT_CONTACT_TIME)
  })

  it.each(Object.entries(LEAD_INTAKE_REQUIRED))('requires %s as intake does', (field, required) => {
    expect(attributes[field]?.required ?? false).toBe(required)
  })

  it.each(Object.entries(LEAD_MAX_LENGTH))('limits %s to what intake accepts', (field, max) => {
    const attribute = attributes[field]
    if (attribute?.type === 'relation') {
      // Intake takes a slug and links the published entry with it.
      expect(attribute.target).toBe(`api::${field}.${field}`)
    } else if (field === 'phone') {
      expect(attribute?.regex).toBe(US_E164_PATTERN.source)
    } else if (field === 'email') {
      // Strapi's own e-mail check, which accepts whatever intake's stricter one did.
      expect(attribute?.type).toBe('email')
    } else {
      expect(attribute?.maxLength).toBe(max)
    }
  })

  it('asks for a full name as long as the form does', () => {
    expect(attributes.fullName?.minLength).toBe(FULL_NAME_MIN_LENGTH)
  })
})
