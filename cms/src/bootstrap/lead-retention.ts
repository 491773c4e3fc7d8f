import type { Core } from '@strapi/strapi'

const DAY_MS = 24 * 60 * 60 * 1000
const DEFAULT_RETENTION_DAYS = 365

const retentionDays = (): number => {
  const days = Number(process.env.LEAD_RETENTION_DAYS)
  return Number.isInteger(days) && days > 0 ? days : DEFAULT_RETENTION_DAYS
}

/**
 * Deletes closed leads untouched for longer than the retention period: health information is
 * kept no longer than needed. Leads in any other status are kept whatever their age.
 * Logs counts only.
 */
export async function purgeClosedLeads(
  strapi: Core.Strapi,
  { days = retentionDays(), now = new Date() }: { days?: number; now?: Date } = {},
): Promise<number> {
  const cutoff = new Date(now.getTime() - days * DAY_MS)
  const expired = (await strapi.db.query('api::lead.lead').findMany({
    select: ['documentId'],
    where: { intakeStatus: 'closed', updatedAt: { $lt: cutoff } },
  })) as { documentId: string }[]
  // Through the Document Service, so each lead's history and notes go with it.
  for (const { documentId } of expired) {
    await strapi.documents('api::lead.lead').delete({ documentId })
  }
  strapi.log.info(
    `[lead-retention] Deleted ${expired.length} closed leads older than ${days} days.`,
  )
  return expired.length
}

/** Runs the purge every night at 03:30 server time. */
export function scheduleLeadRetention(strapi: Core.Strapi): void {
  strapi.cron.add({
    leadRetention: {
      task: async () => {
        try {
          await purgeClosedLeads(strapi)
        } catch (error) {
          const name = error instanceof Error ? error.name : typeof error
          strapi.log.error(`[lead-retention] The purge failed (${name}).`)
        }
      },
      options: { rule: '30 3 * * *' },
    },
  })
}
