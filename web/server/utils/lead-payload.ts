import type { ContactMethod, ContactTime } from '../../shared/lead/options'

/** The `data` of POST /api/lead-submissions on the CMS (see cms/src/api/lead). */
export interface CmsLeadPayload {
  fullName: string
  phone: string
  email: string
  preferredContactMethod: ContactMethod
  preferredContactTime: ContactTime
  condition?: string
  location?: string
  message?: string
  consent: true
  consentTextVersion: string
  consentedAt: string
  sourcePage?: string
  referrer?: string
  utmSource?: string
  utmMedium?: string
  utmCampaign?: string
  utmTerm?: string
  utmContent?: string
  adClickId?: string
  submissionId: string
  spam?: { suspected: boolean; reasons: string[] }
}

/** One lead waiting in the outbox. PHI at rest: files are 0600, never logged. */
export interface OutboxEntry {
  version: 1
  submissionId: string
  /** Hash of the submitted form, to tell a replay from a different body under the same id. */
  bodyHash: string
  createdAt: string
  attempts: number
  nextAttemptAt: number
  lead: CmsLeadPayload
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function isOutboxEntry(value: unknown): value is OutboxEntry {
  return (
    isRecord(value) &&
    value.version === 1 &&
    typeof value.submissionId === 'string' &&
    typeof value.bodyHash === 'string' &&
    typeof value.attempts === 'number' &&
    typeof value.nextAttemptAt === 'number' &&
    isRecord(value.lead)
  )
}
