import type { Core, Modules } from '@strapi/strapi'
import { clinicTimeZone } from '../utils/clinic-time-zone'
import { currentAdmin } from './admin-actor'

interface StoredLead {
  intakeStatus: string
  firstContactedAt: string | null
  createdAt: string | Date
  statusHistory?: StatusChange[]
}
interface StatusChange {
  from: string | null
  to: string
  changedAt: string | Date
  changedBy: string | null
  changedById: number | null
  summary?: string | null
}

const clean = ({
  from,
  to,
  changedAt,
  changedBy,
  changedById,
  summary,
}: StatusChange): StatusChange => ({ from, to, changedAt, changedBy, changedById, summary })

/** Rounded to a tenth of an hour (6 minutes): what the leads list shows. */
const hoursBetween = (from: Date, to: Date): number =>
  Math.max(0, Math.round((to.getTime() - from.getTime()) / 360_000) / 10)

/** "new → contacted, by Casey Coordinator, Nov 28, 2026, 2:59 PM CST": the history's labels. */
const describeChange = (
  change: Pick<StatusChange, 'from' | 'to' | 'changedBy'>,
  at: Date,
  timeZone = clinicTimeZone(),
): string => {
  const when = at.toLocaleString('en-US', {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  })
  return `${change.from ?? '–'} → ${change.to}, by ${change.changedBy ?? 'System'}, ${when}`
}

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
      select: ['intakeStatus', 'firstContactedAt', 'createdAt'],
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
    change.summary = describeChange(change, now)
    params.data = {
      ...params.data,
      statusHistory: [...(stored.statusHistory ?? []).map(clean), change],
      ...(stored.firstContactedAt === null &&
        to !== 'new' && {
          firstContactedAt: now,
          hoursToFirstContact: hoursBetween(new Date(stored.createdAt), now),
        }),
    }
    return next()
  }
