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

/** Durable store of leads not yet accepted by the CMS, one per backend. Ids are validated UUIDs. */
export interface Outbox {
  save(entry: OutboxEntry): Promise<void>
  load(submissionId: string): Promise<OutboxEntry | null>
  pending(): Promise<string[]>
  remove(submissionId: string): Promise<void>
  /** Moves an entry the CMS refused for good out of the retry loop, for a person to look at. */
  deadLetter(submissionId: string): Promise<void>
  /** Ids of the dead-lettered entries. */
  deadLetters(): Promise<string[]>
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
