import type { LeadConfig } from '../config'
import { createFileOutbox } from './file'
import { createStorageOutbox } from './storage'
import type { OutboxEntry } from './entry'

/** Durable store of leads not yet accepted by the CMS. Ids are validated UUIDs. */
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

/** Files on disk by default; Redis (Nitro storage `lead:outbox`) when NUXT_REDIS_URL is set. */
export function useOutbox(config: LeadConfig): Outbox {
  return config.redisUrl
    ? createStorageOutbox(useStorage('lead:outbox'))
    : createFileOutbox(config.outboxDir)
}
