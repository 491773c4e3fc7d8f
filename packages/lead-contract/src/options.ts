/** The choices of the form's contact preferences, and the Lead model's enumerations. */
export const CONTACT_METHODS = ['phone', 'text', 'email'] as const
export const CONTACT_TIMES = ['anytime', 'morning', 'afternoon', 'evening'] as const

export type ContactMethod = (typeof CONTACT_METHODS)[number]
export type ContactTime = (typeof CONTACT_TIMES)[number]

/** Preselected on the form, and the Lead model's defaults. */
export const DEFAULT_CONTACT_METHOD: ContactMethod = 'phone'
export const DEFAULT_CONTACT_TIME: ContactTime = 'anytime'

export const CONTACT_METHOD_LABELS: Record<ContactMethod, string> = {
  phone: 'Phone call',
  text: 'Text message',
  email: 'E-mail',
}

export const CONTACT_TIME_LABELS: Record<ContactTime, string> = {
  anytime: 'Any time',
  morning: 'Morning (8 am – noon)',
  afternoon: 'Afternoon (noon – 5 pm)',
  evening: 'Evening (5 pm – 8 pm)',
}
