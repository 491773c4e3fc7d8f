/**
 * The consent the patient gives, versioned: a lead records the version it was given under, so a
 * change of wording must come with a new version (the date it took effect).
 */
export const CONSENT_TEXT_VERSION = '2026-11-28'

export const CONSENT_TEXT =
  'I agree that Vigeo Wellness may contact me by phone, text message or e-mail about my consultation request. Consent is not a condition of receiving services.'
