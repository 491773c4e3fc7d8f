import { AD_CLICK_PARAMETERS } from './campaign'

/** The fields a patient fills in, in the order the form shows them (and errors are summarised). */
export const LEAD_FIELDS = [
  'fullName',
  'phone',
  'email',
  'preferredContactMethod',
  'preferredContactTime',
  'condition',
  'location',
  'message',
  'consent',
] as const
export type LeadField = (typeof LEAD_FIELDS)[number]

/**
 * The longest value of each text field a lead stores, in characters once trimmed: the form, the
 * CMS intake and the Lead model's schema.json (checked by cms/tests/unit/lead-contract.unit.test.ts).
 */
export const LEAD_MAX_LENGTH = {
  fullName: 120,
  /** E.164, "+18175550134". */
  phone: 12,
  email: 254,
  /** A condition or location slug. */
  condition: 100,
  location: 100,
  message: 1000,
  consentTextVersion: 40,
  sourcePage: 2048,
  referrer: 2048,
  utmSource: 200,
  utmMedium: 200,
  utmCampaign: 200,
  utmTerm: 200,
  utmContent: 200,
  adClickId: 300,
  submissionId: 64,
} as const

export const FULL_NAME_MIN_LENGTH = 2
export const MESSAGE_MAX_LENGTH = LEAD_MAX_LENGTH.message
export const SLUG_MAX_LENGTH = LEAD_MAX_LENGTH.condition

/** A CMS slug: lowercase words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
/** A US phone number as stored. */
export const US_E164_PATTERN = /^\+1\d{10}$/
/** One ad click id as "gclid=…". */
export const AD_CLICK_ID_PATTERN = new RegExp(`^(${AD_CLICK_PARAMETERS.join('|')})=[\\w.~-]+$`)
