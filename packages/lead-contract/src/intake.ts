import {
  AD_CLICK_ID_PATTERN,
  FULL_NAME_MIN_LENGTH,
  LEAD_MAX_LENGTH as MAX,
  SLUG_PATTERN,
  US_E164_PATTERN,
} from './fields'
import type { LeadFormData } from './form'
import { CONTACT_METHODS, CONTACT_TIMES } from './options'
import { isRecord } from './record'

/**
 * The intake contract of the CMS's POST /api/lead-submissions. A whitelist: any other field is
 * refused, so nobody can set status, notes or assignee from outside. Messages never repeat the
 * submitted value, because the value is patient data and error bodies end up in logs.
 */
export interface FieldError {
  path: string[]
  message: string
}

/**
 * One consultation request as the site forwards it: what the form's schema accepted, less the
 * site's own fields, plus the consent time. Any consent version is accepted (a request may wait
 * in the site's outbox across a change of wording); the site's form takes only the current one.
 */
export type LeadSubmission = Omit<LeadFormData, 'formToken' | 'website' | 'consentTextVersion'> & {
  consentTextVersion: string
  consentedAt: string
}

export interface SpamVerdict {
  suspected: boolean
  reasons: string[]
}

type Rule = (value: unknown) => string | undefined
interface Field {
  required: boolean
  rule: Rule
}

const text =
  (min: number, max: number, pattern?: RegExp, patternMessage = 'Has an invalid format.'): Rule =>
  (value) => {
    if (typeof value !== 'string') return 'Must be text.'
    const length = value.trim().length
    if (length < min) return min <= 1 ? 'Required.' : `Must be at least ${min} characters.`
    if (length > max) return `Must be at most ${max} characters.`
    if (pattern && !pattern.test(value.trim())) return patternMessage
    return undefined
  }

const oneOf =
  (values: readonly string[]): Rule =>
  (value) =>
    typeof value === 'string' && values.includes(value)
      ? undefined
      : `Must be one of: ${values.join(', ')}.`

// Stricter than Strapi's own e-mail check (a dot in the domain), so the model never refuses
// what intake accepted.
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/
const ISO_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/

const dateTime: Rule = (value) =>
  typeof value === 'string' && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))
    ? undefined
    : 'Must be an ISO 8601 date and time, e.g. 2026-11-28T18:00:00Z.'

const FIELDS: Record<keyof LeadSubmission, Field> = {
  fullName: { required: true, rule: text(FULL_NAME_MIN_LENGTH, MAX.fullName) },
  phone: {
    required: true,
    rule: text(
      1,
      MAX.phone,
      US_E164_PATTERN,
      'Must be a US phone number in the form +18175550134.',
    ),
  },
  email: { required: true, rule: text(3, MAX.email, EMAIL, 'Must be a valid e-mail address.') },
  preferredContactMethod: { required: true, rule: oneOf(CONTACT_METHODS) },
  preferredContactTime: { required: true, rule: oneOf(CONTACT_TIMES) },
  condition: {
    required: false,
    rule: text(1, MAX.condition, SLUG_PATTERN, 'Must be a condition slug.'),
  },
  location: {
    required: false,
    rule: text(1, MAX.location, SLUG_PATTERN, 'Must be a location slug.'),
  },
  message: { required: false, rule: text(0, MAX.message) },
  consent: {
    required: true,
    rule: (value) => (value === true ? undefined : 'Consent to be contacted must be given.'),
  },
  consentTextVersion: { required: true, rule: text(1, MAX.consentTextVersion) },
  consentedAt: { required: true, rule: dateTime },
  sourcePage: { required: false, rule: text(0, MAX.sourcePage) },
  referrer: { required: false, rule: text(0, MAX.referrer) },
  utmSource: { required: false, rule: text(0, MAX.utmSource) },
  utmMedium: { required: false, rule: text(0, MAX.utmMedium) },
  utmCampaign: { required: false, rule: text(0, MAX.utmCampaign) },
  utmTerm: { required: false, rule: text(0, MAX.utmTerm) },
  utmContent: { required: false, rule: text(0, MAX.utmContent) },
  adClickId: {
    required: false,
    rule: text(
      0,
      MAX.adClickId,
      AD_CLICK_ID_PATTERN,
      'Must be gclid=, fbclid= or msclkid= and an id.',
    ),
  },
  submissionId: {
    required: true,
    rule: text(
      1,
      MAX.submissionId,
      /^[A-Za-z0-9][A-Za-z0-9_-]*$/,
      'Must be letters, digits, - or _.',
    ),
  },
}

/** Which intake fields are required: the Lead model marks the same ones required. */
export const LEAD_INTAKE_REQUIRED = Object.fromEntries(
  Object.entries(FIELDS).map(([name, field]) => [name, field.required]),
) as Record<keyof LeadSubmission, boolean>

/** An optional field sent empty is the same as not sent (e.g. no referrer). */
const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

const parseSpam = (value: unknown, errors: FieldError[]): SpamVerdict => {
  const none = { suspected: false, reasons: [] }
  if (value === undefined || value === null) return none
  const fail = (path: string[], message: string) => {
    errors.push({ path: ['spam', ...path], message })
    return none
  }
  if (!isRecord(value)) return fail([], 'Must be an object { suspected, reasons }.')
  const extra = Object.keys(value).filter((key) => key !== 'suspected' && key !== 'reasons')
  if (extra.length > 0) return fail([extra[0]!], 'This field cannot be set.')
  if (typeof value.suspected !== 'boolean') return fail(['suspected'], 'Must be true or false.')
  const reasons = value.reasons ?? []
  if (
    !Array.isArray(reasons) ||
    reasons.length > 20 ||
    !reasons.every((r): r is string => typeof r === 'string' && r.length <= 200)
  ) {
    return fail(['reasons'], 'Must be a list of at most 20 texts of up to 200 characters.')
  }
  return { suspected: value.suspected, reasons }
}

/** The `data` of POST /api/lead-submissions: the request and the site's spam verdict. */
export type LeadSubmissionData = LeadSubmission & { spam?: SpamVerdict }

export type ParseResult =
  { ok: true; lead: LeadSubmission; spam: SpamVerdict } | { ok: false; errors: FieldError[] }

/** Validates a request body `{ data: {...} }` against the intake contract. */
export function parseLeadSubmission(body: unknown): ParseResult {
  if (!isRecord(body) || !isRecord(body.data)) {
    return { ok: false, errors: [{ path: ['data'], message: 'Must be an object.' }] }
  }
  const data = body.data
  const errors: FieldError[] = []
  for (const key of Object.keys(data)) {
    if (key !== 'spam' && !(key in FIELDS)) {
      errors.push({ path: [key], message: 'This field cannot be set.' })
    }
  }
  const lead: Record<string, unknown> = {}
  for (const [name, field] of Object.entries(FIELDS)) {
    const value = data[name]
    if (isBlank(value)) {
      if (field.required) errors.push({ path: [name], message: 'Required.' })
      continue
    }
    const message = field.rule(value)
    if (message) errors.push({ path: [name], message })
    else lead[name] = typeof value === 'string' ? value.trim() : value
  }
  const spam = parseSpam(data.spam, errors)
  if (errors.length > 0) return { ok: false, errors }
  return { ok: true, lead: lead as unknown as LeadSubmission, spam }
}
