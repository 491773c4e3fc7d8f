import {
  CAMPAIGN_FIELDS,
  type LeadFieldErrors,
  type LeadFormData,
  type LeadSubmissionData,
  leadFormSchema,
  toFieldErrors,
} from '@vigeo/lead-contract'
import { createHash } from 'node:crypto'
import type { H3Event } from 'h3'
import { sameSitePath, splitReferrer } from '../../../shared/lead/source'
import { visitCampaign } from './campaign'
import { clientAddress } from './client-ip'
import { useLeadConfig, type LeadConfig } from './config'
import { deliverLead } from './delivery'
import { formSecret } from './secret'
import { prepareEmbedded } from './embedded'
import { spamReasons } from './spam'
import { useOutbox, type OutboxEntry } from './outbox'
import { hitRateLimit } from './rate-limit'
// Declares the 'lead:outbox-kick' hook for every program that compiles this file.
import type {} from './types'

type LeadOutcome =
  | { kind: 'invalid'; errors: LeadFieldErrors }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'conflict' }
  | { kind: 'accepted'; submissionId: string; delivered: boolean; replay: boolean }

interface IdempotencyRecord {
  bodyHash: string
  delivered: boolean
}
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60

const hashBody = (data: LeadFormData) =>
  createHash('sha256').update(JSON.stringify(data)).digest('hex')

function toPayload(data: LeadFormData, event: H3Event, spam: string[]): LeadSubmissionData {
  const { formToken: _token, website: _honeypot, sourcePage, referrer, ...lead } = data
  const origin = getRequestURL(event).origin
  // The form page captured where the patient came from; the POST's own Referer is the form.
  const fromHeader = splitReferrer(getRequestHeader(event, 'referer'), origin)
  // A form on a cached page carries no campaign: the visit's (cookie or Referer) fills it in.
  const posted = CAMPAIGN_FIELDS.some((field) => lead[field])
  return {
    ...lead,
    ...(posted ? {} : visitCampaign(event)),
    consentedAt: new Date().toISOString(),
    sourcePage: sameSitePath(sourcePage) ?? fromHeader.sourcePage,
    referrer: referrer ? splitReferrer(referrer, origin).referrer : undefined,
    ...(spam.length > 0 ? { spam: { suspected: true, reasons: spam } } : {}),
  }
}

async function rateLimited(config: LeadConfig, secret: string, keys: string[], limit: number) {
  for (const key of keys) {
    const hit = await hitRateLimit(key, limit, config.rateLimit.windowSeconds, secret)
    if (!hit.allowed)
      return { kind: 'rate-limited', retryAfterSeconds: hit.retryAfterSeconds } as const
  }
  return undefined
}

/**
 * Validates a consultation request, writes it to the durable outbox, then tries the CMS once.
 * The patient's request is safe as soon as the outbox write returns; delivery can come later.
 */
export async function submitLead(
  event: H3Event,
  posted: unknown,
  kind: 'json' | 'form' = 'json',
): Promise<LeadOutcome> {
  const config = useLeadConfig()
  const secret = await formSecret(config)
  const { fields, tokenless } = prepareEmbedded(kind, posted, secret)
  const ip = clientAddress(event, config)
  const ipLimit = await rateLimited(config, secret, [`ip:${ip}`], config.rateLimit.perIp)
  if (ipLimit) return ipLimit

  const parsed = leadFormSchema.safeParse(fields)
  if (!parsed.success) return { kind: 'invalid', errors: toFieldErrors(parsed.error) }
  const data = parsed.data
  const bodyHash = hashBody(data)

  const idempotency = useStorage('lead:idempotency')
  const prior = await idempotency.getItem<IdempotencyRecord>(data.submissionId)
  const queued = prior ? null : await useOutbox(config).load(data.submissionId)
  const known = prior ?? (queued ? { bodyHash: queued.bodyHash, delivered: false } : null)
  if (known) {
    if (known.bodyHash !== bodyHash) return { kind: 'conflict' }
    return {
      kind: 'accepted',
      submissionId: data.submissionId,
      delivered: known.delivered,
      replay: true,
    }
  }

  const contactKeys = [`phone:${data.phone}`, `email:${data.email.toLowerCase()}`]
  const contactLimit = await rateLimited(config, secret, contactKeys, config.rateLimit.perContact)
  if (contactLimit) return contactLimit

  const lead = toPayload(data, event, spamReasons(data, config, secret, Date.now(), tokenless))
  const entry: OutboxEntry = {
    version: 1,
    submissionId: data.submissionId,
    bodyHash,
    createdAt: new Date().toISOString(),
    attempts: 0,
    // Keeps the relay off this entry while this request tries it first.
    nextAttemptAt: Date.now() + config.deliveryTimeoutMs + config.relayIntervalMs,
    lead,
  }
  const outbox = useOutbox(config)
  await outbox.save(entry)
  await idempotency.setItem(
    data.submissionId,
    { bodyHash, delivered: false },
    { ttl: IDEMPOTENCY_TTL_SECONDS },
  )

  const result = await deliverLead(config, lead)
  if (result === 'delivered') {
    await outbox.remove(data.submissionId)
    await idempotency.setItem(
      data.submissionId,
      { bodyHash, delivered: true },
      { ttl: IDEMPOTENCY_TTL_SECONDS },
    )
    await useNitroApp().hooks.callHook('lead:outbox-kick')
  } else if (result !== 'retry') {
    await outbox.deadLetter(data.submissionId)
    console.error(`[lead] ${data.submissionId} moved to the dead-letter outbox (${result})`)
  } else {
    await outbox.save({ ...entry, attempts: 1, nextAttemptAt: Date.now() + config.relayIntervalMs })
  }
  return {
    kind: 'accepted',
    submissionId: data.submissionId,
    delivered: result === 'delivered',
    replay: false,
  }
}
