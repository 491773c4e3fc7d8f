import { isRecord, type LeadSubmissionData } from '@vigeo/lead-contract'

/** One lead waiting in the outbox. PHI at rest: files are 0600, never logged. */
export interface OutboxEntry {
  version: 1
  submissionId: string
  /** Hash of the submitted form, to tell a replay from a different body under the same id. */
  bodyHash: string
  createdAt: string
  attempts: number
  nextAttemptAt: number
  lead: LeadSubmissionData
}

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
