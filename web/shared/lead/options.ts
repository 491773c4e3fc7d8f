/** A condition or location the patient can pick (from the CMS, through /api/lead-form-options). */
export interface LeadOption {
  name: string
  slug: string
}

export interface LeadFormOptions {
  conditions: LeadOption[]
  locations: LeadOption[]
  /** Idempotency key of this rendering of the form. */
  submissionId: string
  /** Signed render time, for the minimum fill time check. */
  formToken: string
}
