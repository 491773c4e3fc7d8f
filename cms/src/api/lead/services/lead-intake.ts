import { createHash } from 'node:crypto'
import type { Core } from '@strapi/strapi'
import type { FieldError, LeadSubmission, SpamVerdict } from '@vigeo/lead-contract'
import type { LeadNotificationService } from './lead-notification'

export type IntakeOutcome =
  | { outcome: 'created' | 'replayed'; submissionId: string; receivedAt: string }
  | { outcome: 'conflict' }
  | { outcome: 'invalid'; errors: FieldError[] }

interface StoredSubmission {
  documentId: string
  submissionHash: string | null
  createdAt: string | Date
}

/** JSON with sorted keys, so the same submission always hashes the same. */
const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/**
 * The spam verdict is left out: it is the site's opinion of the request, which may differ
 * between two sends of the same request, and must not turn a retry into a conflict.
 */
export const submissionHash = (lead: LeadSubmission): string =>
  createHash('sha256').update(canonicalJson(lead)).digest('hex')

const iso = (value: string | Date) => new Date(value).toISOString()

const leadIntake = ({ strapi }: { strapi: Core.Strapi }) => {
  const findStored = async (submissionId: string) =>
    (await strapi.db.query('api::lead.lead').findOne({
      select: ['documentId', 'submissionHash', 'createdAt'],
      where: { submissionId },
    })) as StoredSubmission | null

  const replay = (stored: StoredSubmission, hash: string, submissionId: string): IntakeOutcome =>
    stored.submissionHash === hash
      ? { outcome: 'replayed', submissionId, receivedAt: iso(stored.createdAt) }
      : { outcome: 'conflict' }

  const publishedDocumentId = async (
    uid: 'api::condition.condition' | 'api::location.location',
    slug: string | undefined,
  ) => {
    if (slug === undefined) return undefined
    const found = await strapi.documents(uid).findFirst({
      filters: { slug },
      status: 'published',
      fields: ['documentId'],
    })
    return found?.documentId ?? null
  }

  return {
    /**
     * Stores a validated submission once. The submission id is the idempotency key: the same
     * body again is a replay of the first result, a different body under that id a conflict.
     */
    async submit(lead: LeadSubmission, spam: SpamVerdict): Promise<IntakeOutcome> {
      const hash = submissionHash(lead)
      const stored = await findStored(lead.submissionId)
      if (stored) return replay(stored, hash, lead.submissionId)

      const condition = await publishedDocumentId('api::condition.condition', lead.condition)
      const location = await publishedDocumentId('api::location.location', lead.location)
      const errors: FieldError[] = []
      if (condition === null) errors.push({ path: ['condition'], message: 'Unknown condition.' })
      if (location === null) errors.push({ path: ['location'], message: 'Unknown location.' })
      if (errors.length > 0) return { outcome: 'invalid', errors }

      let created: { documentId: string; createdAt?: string | Date }
      try {
        created = await strapi.documents('api::lead.lead').create({
          data: {
            ...lead,
            condition,
            location,
            intakeStatus: 'new',
            submissionHash: hash,
            spamSuspected: spam.suspected,
            spamReasons: spam.reasons,
          } as never,
        })
      } catch (error) {
        // A concurrent send of the same submission won the race (the unique index on
        // submissionId refused this one): answer as its replay.
        const raced = await findStored(lead.submissionId)
        if (raced) return replay(raced, hash, lead.submissionId)
        throw error
      }

      const notifications = strapi.api('lead').service<LeadNotificationService>('lead-notification')
      notifications.notifyNewLead({
        documentId: created.documentId,
        submissionId: lead.submissionId,
      })
      return {
        outcome: 'created',
        submissionId: lead.submissionId,
        receivedAt: iso(created.createdAt ?? new Date()),
      }
    },
  }
}

export type LeadIntakeService = ReturnType<typeof leadIntake>
export default leadIntake
