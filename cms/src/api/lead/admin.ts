import { LEAD_FIELDS } from '@vigeo/lead-contract'
import type { ModelAdmin } from '../../utils/model-admin'

/** How the admin shows leads: what intake staff scan in the list and act on first. */
export default {
  uid: 'api::lead.lead',
  descriptions: {
    fullName: 'The name the patient gave.',
    phone: 'Patient phone number (E.164).',
    email: 'Patient e-mail address.',
    preferredContactMethod: 'How the patient prefers to be contacted.',
    preferredContactTime: 'When the patient prefers to be contacted.',
    condition: 'The condition the patient is interested in, if any.',
    location: 'The location the patient prefers, if any.',
    message: 'The short message the patient wrote, if any.',
    consent: 'The patient agreed to be contacted. Always true for requests from the site.',
    consentTextVersion: 'Which version of the consent text the patient agreed to.',
    consentedAt: 'When the patient gave consent.',
    sourcePage: 'The site page the request was sent from.',
    referrer: 'The page that sent the patient to the site, if known.',
    utmSource: 'Campaign source (utm_source) of the visit, if any.',
    utmMedium: 'Campaign medium (utm_medium) of the visit, if any.',
    utmCampaign: 'Campaign name (utm_campaign) of the visit, if any.',
    utmTerm: 'Campaign term (utm_term) of the visit, if any.',
    utmContent: 'Campaign content (utm_content) of the visit, if any.',
    adClickId:
      'The ad click the visit came from (Google gclid, Meta fbclid or Microsoft msclkid), if any.',
    intakeStatus:
      'Where this request is in intake: new, contacted, booked, not a candidate or closed.',
    firstContactedAt:
      'When the status first left "new": the clinic\'s response time. Set automatically.',
    hoursToFirstContact:
      'Hours from receiving the request to the first status change. Set automatically.',
    assignee: 'The member of staff handling this request.',
    statusHistory: 'Every status change: from, to, when and by whom. Recorded automatically.',
    staffNotes: 'Internal notes for clinic staff. Never shown to the patient.',
    notes:
      'Dated notes by staff, newest last. Add a note; saved notes cannot be changed or removed.',
    submissionId: 'Unique id of the submission, used to ignore duplicate sends. Not editable.',
    submissionHash: 'Fingerprint of the submitted form, to tell a resend from a different request.',
    spamSuspected: 'The website suspected this request to be spam. Check before contacting.',
    spamReasons: 'Why the website suspected spam, if it did.',
  },
  /** Computed or set by the system: staff must not type them. */
  readOnly: [
    'submissionId',
    'consent',
    'consentTextVersion',
    'consentedAt',
    'sourcePage',
    'referrer',
    'utmSource',
    'utmMedium',
    'utmCampaign',
    'utmTerm',
    'utmContent',
    'adClickId',
    'firstContactedAt',
    'hoursToFirstContact',
    'statusHistory',
    'spamSuspected',
    'spamReasons',
  ],
  mainField: 'fullName',
  list: {
    columns: [
      'fullName',
      'intakeStatus',
      'condition',
      'location',
      'createdAt',
      'hoursToFirstContact',
      'assignee',
      'spamSuspected',
    ],
    defaultSortBy: 'createdAt',
    defaultSortOrder: 'DESC',
  },
  edit: {
    first: [
      'intakeStatus',
      'assignee',
      // What the patient filled in, in the form's order (the consent box aside).
      ...LEAD_FIELDS.filter((field) => field !== 'consent'),
      'notes',
      'staffNotes',
      'firstContactedAt',
      'hoursToFirstContact',
      'spamSuspected',
      'spamReasons',
    ],
    // Shown read-only in the lead's side panel (the lead-insights plugin's StatusHistoryPanel),
    // not as editable component rows.
    hidden: ['statusHistory'],
  },
} satisfies ModelAdmin
