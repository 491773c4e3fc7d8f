import type { Core, Modules, UID } from '@strapi/strapi'
import { csvHeader, csvRow, exportColumns, type ExportLead } from './csv'
import { clinicTimeZone } from '../../../../utils/clinic-time-zone'
import {
  INTAKE_STATUSES,
  summarizeLeads,
  windowStart,
  type IntakeStatus,
  type LeadRow,
} from './summary'

const LEAD = 'api::lead.lead'
const EXPORT_BATCH = 500
/** An export is a working list for the coordinators, not a backup: past this, filter first. */
const MAX_EXPORT_ROWS = 10_000

/** Koa's context as Strapi types it for controllers, with its response helpers (forbidden...). */
type Context = Parameters<Core.ControllerHandler>[0]

// Strapi declares no importable type for the content manager's 'permission-checker' service, and
// not the per-action shortcuts (`cannot.read`, `sanitizedQuery.read`) it adds at runtime.
interface PermissionChecker {
  cannot: { read(): boolean }
  sanitizedQuery: { read(query: Record<string, unknown>): Promise<Record<string, unknown>> }
  sanitizeOutput(data: Modules.Documents.AnyDocument): Promise<unknown>
}
interface PermissionCheckerService {
  create(options: { userAbility: unknown; model: UID.ContentType }): PermissionChecker
}

/**
 * The same check the Content Manager makes before listing leads: only admin users whose role
 * may read leads (the Intake coordinator, super admins) get numbers or rows. Editors and
 * Authors are refused.
 */
function leadReader(strapi: Core.Strapi, ctx: Context): PermissionChecker | null {
  const checker = strapi
    .plugin('content-manager')
    .service<PermissionCheckerService>('permission-checker')
    .create({ userAbility: ctx.state.userAbility, model: LEAD })
  if (checker.cannot.read()) {
    ctx.forbidden('You are not allowed to read consultation requests.')
    return null
  }
  return checker
}

async function summary(strapi: Core.Strapi, ctx: Context): Promise<void> {
  if (!leadReader(strapi, ctx)) return
  const leads = strapi.db.query(LEAD)
  const now = new Date()
  const timeZone = clinicTimeZone()
  const notSpam = { $or: [{ spamSuspected: false }, { spamSuspected: { $null: true } }] }
  const [counts, spamSuspected, awaitingFirstContact, recent] = await Promise.all([
    Promise.all(INTAKE_STATUSES.map((status) => leads.count({ where: { intakeStatus: status } }))),
    leads.count({ where: { spamSuspected: true } }),
    leads.count({ where: { intakeStatus: 'new', ...notSpam } }),
    leads.findMany({
      select: [
        'createdAt',
        'firstContactedAt',
        'intakeStatus',
        'spamSuspected',
        'utmSource',
        'referrer',
      ],
      where: { createdAt: { $gte: windowStart(now, timeZone) } },
      populate: { condition: { select: ['name'] } },
    }) as Promise<LeadRow[]>,
  ])
  const statusCounts = Object.fromEntries(
    INTAKE_STATUSES.map((status, index) => [status, counts[index]]),
  ) as Record<IntakeStatus, number>
  ctx.set('Cache-Control', 'no-store')
  ctx.body = {
    data: summarizeLeads({
      statusCounts,
      spamSuspected,
      awaitingFirstContact,
      recent,
      now,
      timeZone,
    }),
  }
}

/**
 * The leads list as CSV, with the filters, search and sort of the Content Manager's list view
 * (its query string is passed through), restricted by the user's permissions like the list.
 */
async function exportCsv(strapi: Core.Strapi, ctx: Context): Promise<void> {
  const checker = leadReader(strapi, ctx)
  if (!checker) return
  const { filters, sort, _q } = ctx.query
  let query: Record<string, unknown>
  try {
    query = await checker.sanitizedQuery.read({
      ...(filters !== undefined && { filters }),
      ...(_q !== undefined && { _q }),
      sort: sort ?? 'createdAt:desc',
    })
  } catch {
    return ctx.badRequest('The filters of this list cannot be exported. Clear them and try again.')
  }
  const documents = strapi.documents(LEAD)
  const columns = exportColumns(clinicTimeZone())
  const rows: string[] = [csvHeader(columns)]
  for (let start = 0; ; start += EXPORT_BATCH) {
    if (start >= MAX_EXPORT_ROWS) {
      return ctx.badRequest(
        `More than ${MAX_EXPORT_ROWS} leads match this list: narrow the filters (for example by date) and export again.`,
      )
    }
    let batch: Modules.Documents.AnyDocument[]
    try {
      batch = await documents.findMany({
        ...query,
        start,
        limit: EXPORT_BATCH,
        populate: {
          condition: { fields: ['name'] },
          location: { fields: ['name'] },
          assignee: { fields: ['firstname', 'lastname'] },
        },
      } as Parameters<typeof documents.findMany>[0])
    } catch (error) {
      if ((error as { name?: string }).name === 'ValidationError') {
        return ctx.badRequest(
          'The filters of this list cannot be exported. Clear them and try again.',
        )
      }
      throw error
    }
    for (const lead of batch)
      rows.push(csvRow(columns, (await checker.sanitizeOutput(lead)) as ExportLead))
    if (batch.length < EXPORT_BATCH) break
  }
  const count = rows.length - 1
  strapi.log.info(
    `[lead-insights] Admin user ${ctx.state.user?.id} exported ${count} leads as CSV.`,
  )
  const day = new Date().toISOString().slice(0, 10)
  ctx.set('Content-Type', 'text/csv; charset=utf-8')
  ctx.set('Content-Disposition', `attachment; filename="leads-${day}.csv"`)
  ctx.set('Cache-Control', 'no-store')
  ctx.set('X-Export-Row-Count', String(count))
  ctx.body = rows.join('')
}

/** The actions of the plugin's admin routes (routes.ts), each behind the lead-read check. */
export default {
  'lead-insights': ({ strapi }: { strapi: Core.Strapi }) =>
    ({
      summary: (ctx: Context) => summary(strapi, ctx),
      exportCsv: (ctx: Context) => exportCsv(strapi, ctx),
    }) satisfies Core.Controller,
}
