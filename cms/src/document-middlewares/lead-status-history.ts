import type { Core, Modules } from '@strapi/strapi'
import { currentAdmin } from './admin-actor'

interface StoredLead {
  intakeStatus: string
  firstContactedAt: string | null
  statusHistory?: StatusChange[]
}
interface StatusChange {
  from: string | null
  to: string
  changedAt: string | Date
  changedBy: string | null
  changedById: number | null
}

const clean = ({ from, to, changedAt, changedBy, changedById }: StatusChange): StatusChange => ({
  from,
  to,
  changedAt,
  changedBy,
  changedById,
})

/**
 * Every status change of a lead is recorded (who, when, from, to), and the first time a lead
 * leaves "new" stamps firstContactedAt: the clinic's response time, which staff cannot backdate.
 */
export const leadStatusHistory =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== 'api::lead.lead' || context.action !== 'update') return next()
    const params = context.params as { documentId?: string; data?: Record<string, unknown> }
    const to = params.data?.intakeStatus
    if (typeof to !== 'string' || !params.documentId) return next()

    const stored = (await strapi.db.query('api::lead.lead').findOne({
      where: { documentId: params.documentId },
      select: ['intakeStatus', 'firstContactedAt'],
      populate: { statusHistory: true },
    })) as StoredLead | null
    if (!stored || stored.intakeStatus === to) return next()

    const actor = currentAdmin(strapi)
    const now = new Date()
    const change: StatusChange = {
      from: stored.intakeStatus,
      to,
      changedAt: now,
      changedBy: actor?.name ?? 'System',
      changedById: actor?.id ?? null,
    }
    params.data = {
      ...params.data,
      statusHistory: [...(stored.statusHistory ?? []).map(clean), change],
      ...(stored.firstContactedAt === null && to !== 'new' && { firstContactedAt: now }),
    }
    return next()
  }
