import { DEFAULT_CONTACT_METHOD, DEFAULT_CONTACT_TIME, type LeadField } from '@vigeo/lead-contract'

/** What the visible fields hold while the patient types (all text, plus the consent box). */
export type LeadFormValues = Record<Exclude<LeadField, 'consent'>, string> & { consent: boolean }

export function emptyLeadValues(
  prefill: { condition?: string; location?: string } = {},
): LeadFormValues {
  return {
    fullName: '',
    phone: '',
    email: '',
    preferredContactMethod: DEFAULT_CONTACT_METHOD,
    preferredContactTime: DEFAULT_CONTACT_TIME,
    condition: prefill.condition ?? '',
    location: prefill.location ?? '',
    message: '',
    consent: false,
  }
}

const text = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '')

/**
 * The values a no-script POST carried, to fill the form again next to its errors. Only the
 * visible fields, only text: anything else the request held is dropped, not echoed.
 */
export function valuesFromPosted(fields: unknown): LeadFormValues {
  const posted: Record<string, unknown> =
    typeof fields === 'object' && fields !== null ? { ...fields } : {}
  const values = emptyLeadValues()
  for (const key of Object.keys(values) as (keyof LeadFormValues)[]) {
    if (key === 'consent') values.consent = posted.consent === true
    else values[key] = text(posted[key], 2000) || values[key]
  }
  return values
}
