import type { LeadConfig } from '../config'
import { deliverLead } from '../delivery'
import type { Outbox } from './entry'
import { createFileOutbox } from './file'
import { createStorageOutbox } from './storage'

export type { OutboxEntry } from './entry'

const MAX_BACKOFF_MS = 30 * 60 * 1000
/** While dead letters wait, the alert is repeated this often (and whenever their number changes). */
export const DEAD_LETTER_REMINDER_MS = 60 * 60 * 1000

/** Files on disk by default; Redis (Nitro storage `lead:outbox`) when NUXT_REDIS_URL is set. */
export function useOutbox(config: LeadConfig): Outbox {
  return config.redisUrl
    ? createStorageOutbox(useStorage('lead:outbox'))
    : createFileOutbox(config.outboxDir)
}

/** Doubles from the relay interval up to 30 minutes: a CMS outage is not hammered. */
const backoffMs = (config: LeadConfig, attempts: number) =>
  Math.min(config.relayIntervalMs * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS)

/**
 * Delivers pending outbox entries that are due (all of them when `force`, e.g. right after the
 * CMS accepted a lead). Several instances may deliver the same entry: the CMS's idempotency key
 * turns that into a 200 replay, not a second lead.
 */
export async function relayPending(config: LeadConfig, force = false): Promise<number> {
  const outbox = useOutbox(config)
  let delivered = 0
  for (const id of await outbox.pending()) {
    const entry = await outbox.load(id)
    if (!entry || (!force && entry.nextAttemptAt > Date.now())) continue
    const result = await deliverLead(config, entry.lead)
    if (result === 'delivered') {
      await outbox.remove(id)
      delivered += 1
    } else if (result === 'retry') {
      const attempts = entry.attempts + 1
      await outbox.save({
        ...entry,
        attempts,
        nextAttemptAt: Date.now() + backoffMs(config, attempts),
      })
    } else {
      await outbox.deadLetter(id)
      console.error(`[lead] ${id} moved to the dead-letter outbox (${result})`)
    }
  }
  return delivered
}

/**
 * Raises an alert in the log (error level, ids and counts only) while requests the CMS refused
 * for good wait in the dead-letter outbox: each is a patient waiting for a call. Repeats when
 * the number changes and every hour; `state` carries what was last said.
 */
export async function alertDeadLetters(
  config: LeadConfig,
  state: { count: number; at: number },
  now = Date.now(),
): Promise<void> {
  const count = (await useOutbox(config).deadLetters()).length
  if (count === 0 || (count === state.count && now - state.at < DEAD_LETTER_REMINDER_MS)) {
    state.count = count
    return
  }
  state.count = count
  state.at = now
  const where = config.redisUrl ? 'Redis keys vigeo:lead:outbox:dead:*' : `${config.outboxDir}/dead`
  console.error(
    `[lead] ALERT: ${count} consultation request(s) were refused by the CMS and wait in the ` +
      `dead-letter outbox (${where}). Fix the cause, then move them back to pending (README, ` +
      `"Dead letters").`,
  )
}
