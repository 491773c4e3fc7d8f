import { z } from 'zod'
import { CONSENT_TEXT_VERSION } from './consent'
import { CONTACT_METHODS, CONTACT_TIMES } from './options'
import { toE164 } from './phone'
import { AD_CLICK_PARAMETERS } from './source'

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

export const MESSAGE_MAX_LENGTH = 1000
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

// A form sends "" for an untouched optional field; treat it as absent.
const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value)
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToUndefined, schema.optional()).optional()

const slug = (message: string) =>
  optional(z.string({ error: message }).max(100, message).regex(SLUG, message))
const tracking = optional(z.string().trim().max(200))
/** One ad click id as "gclid=…" (web/shared/lead/source.ts). */
const AD_CLICK_ID = new RegExp(`^(${AD_CLICK_PARAMETERS.join('|')})=[\\w.~-]+$`)

const phone = z
  .string({ error: 'Please enter your phone number' })
  .max(40, 'Please enter a US phone number with area code, e.g. (817) 555-0134')
  .transform((value, ctx) => {
    const e164 = toE164(value)
    if (e164) return e164
    ctx.addIssue({
      code: 'custom',
      message: value.trim()
        ? 'Please enter a US phone number with area code, e.g. (817) 555-0134'
        : 'Please enter your phone number',
    })
    return z.NEVER
  })

/**
 * One consultation request as the form sends it, shared by the browser (inline errors) and the
 * server (the only check that counts). Strict: an unknown field is an error, not silently kept.
 */
export const leadFormSchema = z.strictObject({
  fullName: z
    .string({ error: 'Please enter your full name' })
    .trim()
    .min(2, 'Please enter your full name')
    .max(120, 'Please shorten your name to 120 characters or fewer'),
  phone,
  email: z
    .string({ error: 'Please enter your e-mail address' })
    .trim()
    .min(1, 'Please enter your e-mail address')
    .max(254, 'Please enter an e-mail address of 254 characters or fewer')
    .pipe(z.email({ error: 'Please enter a valid e-mail address, e.g. name@example.com' })),
  preferredContactMethod: z.enum(CONTACT_METHODS, {
    error: 'Please choose how we should contact you',
  }),
  preferredContactTime: z.enum(CONTACT_TIMES, { error: 'Please choose a time of day' }),
  condition: slug('Please choose a condition from the list'),
  location: slug('Please choose a location from the list'),
  message: optional(
    z
      .string({ error: 'Please enter your message as text' })
      .trim()
      .max(
        MESSAGE_MAX_LENGTH,
        `Please shorten your message to ${MESSAGE_MAX_LENGTH} characters or fewer`,
      ),
  ),
  consent: z.literal(true, { error: 'Please confirm we may contact you' }),
  consentTextVersion: z.literal(CONSENT_TEXT_VERSION, {
    error: 'The consent wording has changed: please reload the page and confirm again',
  }),
  submissionId: z.uuid({ error: 'This form has expired: please reload the page' }),
  /** Signed render time (server HMAC); checked on the server only. */
  formToken: optional(z.string().max(300)),
  /** Honeypot: people never see it, so anything in it marks the request as likely spam. */
  website: optional(z.string().max(2000)),
  /** Same-site path and external referrer captured when the form was rendered. */
  sourcePage: optional(z.string().max(2048)),
  referrer: optional(z.string().max(2048)),
  utmSource: tracking,
  utmMedium: tracking,
  utmCampaign: tracking,
  utmTerm: tracking,
  utmContent: tracking,
  // Written by the site, not the patient: a malformed one is dropped rather than shown as an error.
  adClickId: optional(z.string().trim().max(300).regex(AD_CLICK_ID)).catch(undefined),
})

export type LeadFormInput = z.input<typeof leadFormSchema>
export type LeadFormData = z.output<typeof leadFormSchema>
/** Field name → the first plain-language message for it; `form` for problems of the request. */
export type LeadFieldErrors = Partial<Record<string, string>>

export function toFieldErrors(error: z.ZodError): LeadFieldErrors {
  const errors: LeadFieldErrors = {}
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      errors.form ??= `Unexpected field(s): ${issue.keys.join(', ')}`
      continue
    }
    const field = typeof issue.path[0] === 'string' ? issue.path[0] : 'form'
    errors[field] ??= issue.message
  }
  return errors
}

/**
 * The form-encoded body of the no-JavaScript form as the schema's input: a checked consent box
 * sends "true"; a repeated field stays a list so that it fails validation instead of being guessed.
 */
export function fromFormFields(params: URLSearchParams): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key)
    fields[key] = values.length === 1 ? values[0] : values
  }
  if (fields.consent === 'true') fields.consent = true
  return fields
}
