// zod/mini: the same rules as zod's chained API, but tree-shakable, so the consultation page's
// enhancement script (web/app/scripts/) can run these very rules in the browser for a few KB.
import * as z from 'zod/mini'
import { CONSENT_TEXT_VERSION } from './consent'
import {
  AD_CLICK_ID_PATTERN,
  FULL_NAME_MIN_LENGTH,
  LEAD_MAX_LENGTH as MAX,
  SLUG_MAX_LENGTH,
  SLUG_PATTERN,
} from './fields'
import { CONTACT_METHODS, CONTACT_TIMES } from './options'
import { toE164 } from './phone'

// A form sends "" for an untouched optional field; treat it as absent (zod's preprocess: what
// is passed on is only claimed to be text, the schema after it checks that it is).
const optional = (schema: z.ZodMiniType<string, string>) =>
  z.optional(
    z.pipe(
      z.transform((value: unknown) =>
        value === '' || value === null ? undefined : (value as string),
      ),
      z.optional(schema),
    ),
  )

const tooLong = (max: number) => `Please shorten this to ${max} characters or fewer`
const text = (max: number) => z.string().check(z.maxLength(max, tooLong(max)))
const slug = (message: string) =>
  optional(
    z
      .string({ error: message })
      .check(z.maxLength(SLUG_MAX_LENGTH, message), z.regex(SLUG_PATTERN, message)),
  )
const tracking = (max: number) =>
  optional(z.string().check(z.trim(), z.maxLength(max, tooLong(max))))

const PHONE_MISSING = 'Please enter your phone number'
const PHONE_INVALID = 'Please enter a US phone number with area code, e.g. (817) 555-0134'
const phone = z.pipe(
  z.string({ error: PHONE_MISSING }).check(z.maxLength(40, PHONE_INVALID)),
  z.transform((value: string, ctx) => {
    const e164 = toE164(value)
    if (e164) return e164
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: value.trim() ? PHONE_INVALID : PHONE_MISSING,
    })
    return z.NEVER
  }),
)

const NAME_MISSING = 'Please enter your full name'
const EMAIL_MISSING = 'Please enter your e-mail address'

/**
 * One consultation request as the form sends it, shared by the browser (inline errors) and the
 * server (the only check that counts). Strict: an unknown field is an error, not silently kept.
 */
export const leadFormSchema = z.strictObject({
  fullName: z
    .string({ error: NAME_MISSING })
    .check(
      z.trim(),
      z.minLength(FULL_NAME_MIN_LENGTH, NAME_MISSING),
      z.maxLength(MAX.fullName, `Please shorten your name to ${MAX.fullName} characters or fewer`),
    ),
  phone,
  email: z.pipe(
    z
      .string({ error: EMAIL_MISSING })
      .check(
        z.trim(),
        z.minLength(1, EMAIL_MISSING),
        z.maxLength(
          MAX.email,
          `Please enter an e-mail address of ${MAX.email} characters or fewer`,
        ),
      ),
    z.email({ error: 'Please enter a valid e-mail address, e.g. name@example.com' }),
  ),
  preferredContactMethod: z.enum(CONTACT_METHODS, {
    error: 'Please choose how we should contact you',
  }),
  preferredContactTime: z.enum(CONTACT_TIMES, { error: 'Please choose a time of day' }),
  condition: slug('Please choose a condition from the list'),
  location: slug('Please choose a location from the list'),
  message: optional(
    z
      .string({ error: 'Please enter your message as text' })
      .check(
        z.trim(),
        z.maxLength(
          MAX.message,
          `Please shorten your message to ${MAX.message} characters or fewer`,
        ),
      ),
  ),
  consent: z.literal(true, { error: 'Please confirm we may contact you' }),
  consentTextVersion: z.literal(CONSENT_TEXT_VERSION, {
    error: 'The consent wording has changed: please reload the page and confirm again',
  }),
  submissionId: z.uuid({ error: 'This form has expired: please reload the page' }),
  /** Signed render time (server HMAC); checked on the server only. */
  formToken: optional(text(300)),
  /** Honeypot: people never see it, so anything in it marks the request as likely spam. */
  website: optional(text(2000)),
  /** Same-site path and external referrer captured when the form was rendered. */
  sourcePage: optional(text(MAX.sourcePage)),
  referrer: optional(text(MAX.referrer)),
  utmSource: tracking(MAX.utmSource),
  utmMedium: tracking(MAX.utmMedium),
  utmCampaign: tracking(MAX.utmCampaign),
  utmTerm: tracking(MAX.utmTerm),
  utmContent: tracking(MAX.utmContent),
  // Written by the site, not the patient: a malformed one is dropped rather than shown as an error.
  adClickId: z.catch(
    optional(z.string().check(z.trim(), z.maxLength(MAX.adClickId), z.regex(AD_CLICK_ID_PATTERN))),
    undefined,
  ),
})

export type LeadFormInput = z.input<typeof leadFormSchema>
export type LeadFormData = z.output<typeof leadFormSchema>
/** Field name → the first plain-language message for it; `form` for problems of the request. */
export type LeadFieldErrors = Partial<Record<string, string>>

export function toFieldErrors(error: z.core.$ZodError): LeadFieldErrors {
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
