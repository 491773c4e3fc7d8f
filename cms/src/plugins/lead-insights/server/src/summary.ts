/**
 * The numbers on the staff "Leads" dashboard, computed from plain lead rows so they can be
 * tested without a database. Day boundaries are the clinic's (CLINIC_TIME_ZONE), not the
 * server's: "new today" means today in Fort Worth.
 */
import { DEFAULT_CLINIC_TIME_ZONE } from '../../../../utils/clinic-time-zone'

export const INTAKE_STATUSES = [
  'new',
  'contacted',
  'consultation-booked',
  'not-a-candidate',
  'closed',
] as const
export type IntakeStatus = (typeof INTAKE_STATUSES)[number]

const WINDOW_DAYS = 30

export interface LeadRow {
  createdAt: string | Date
  firstContactedAt?: string | Date | null
  intakeStatus: IntakeStatus
  spamSuspected?: boolean | null
  utmSource?: string | null
  referrer?: string | null
  condition?: { name: string } | null
}

interface Tally {
  label: string
  count: number
}

export interface LeadSummary {
  generatedAt: string
  timeZone: string
  windowDays: number
  /** Every stored lead by pipeline status (spam-flagged included, counted again below). */
  byStatus: Record<IntakeStatus, number>
  total: number
  spamSuspected: number
  /** Not flagged as spam, received since local midnight / since Sunday midnight. */
  newToday: number
  newThisWeek: number
  /** Still "new" and not flagged: the coordinator's queue. */
  awaitingFirstContact: number
  /** Over leads received in the window that have been contacted; null when there are none. */
  medianMinutesToFirstContact: number | null
  /** The window's leads (spam excluded), one entry per local day, oldest first. */
  daily: { date: string; count: number }[]
  byCondition: Tally[]
  bySource: Tally[]
}

const MINUTE_MS = 60_000
const DAY_MS = 24 * 60 * MINUTE_MS

/** The clinic-local calendar date (YYYY-MM-DD) of an instant. */
export function localDate(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant)
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? ''
  return `${get('year')}-${get('month')}-${get('day')}`
}

/** The instant of local midnight starting the clinic-local day that contains `instant`. */
export function startOfLocalDay(instant: Date, timeZone: string): Date {
  const [year, month, day] = localDate(instant, timeZone).split('-').map(Number) as [
    number,
    number,
    number,
  ]
  const utcMidnight = Date.UTC(year, month - 1, day)
  // The zone's offset at that midnight, read back from how the zone writes the UTC instant.
  const offsetAt = (ms: number) => {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    }).formatToParts(new Date(ms))
    const get = (type: string) => Number(parts.find((part) => part.type === type)?.value)
    const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'))
    return wall - ms
  }
  const guess = utcMidnight - offsetAt(utcMidnight)
  return new Date(utcMidnight - offsetAt(guess))
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Where a lead came from: its utm_source, else the referring site, else "Direct". */
export function leadSource(lead: Pick<LeadRow, 'utmSource' | 'referrer'>): string {
  const utm = lead.utmSource?.trim().toLowerCase()
  if (utm) return utm
  if (lead.referrer) {
    try {
      return new URL(lead.referrer).hostname.replace(/^www\./, '') || 'Direct'
    } catch {
      return 'Direct'
    }
  }
  return 'Direct'
}

const tally = (labels: string[]): Tally[] => {
  const counts = new Map<string, number>()
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1)
  return [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
}

/**
 * `statusCounts` covers every stored lead; `recent` holds the rows received since
 * `windowStart(now)` (at least the window, the week and today).
 */
export function summarizeLeads({
  statusCounts,
  spamSuspected,
  awaitingFirstContact,
  recent,
  now = new Date(),
  timeZone = DEFAULT_CLINIC_TIME_ZONE,
}: {
  statusCounts: Partial<Record<IntakeStatus, number>>
  spamSuspected: number
  awaitingFirstContact: number
  recent: LeadRow[]
  now?: Date
  timeZone?: string
}): LeadSummary {
  const byStatus = Object.fromEntries(
    INTAKE_STATUSES.map((status) => [status, statusCounts[status] ?? 0]),
  ) as Record<IntakeStatus, number>
  const todayStart = startOfLocalDay(now, timeZone)
  // Sunday starts the week, as on a US calendar.
  const weekday = new Date(`${localDate(now, timeZone)}T12:00:00Z`).getUTCDay()
  const weekStart = startOfLocalDay(
    new Date(todayStart.getTime() - weekday * DAY_MS + DAY_MS / 2),
    timeZone,
  )
  const start = windowStart(now, timeZone)

  const genuine = recent.filter(
    (lead) => !lead.spamSuspected && new Date(lead.createdAt).getTime() >= start.getTime(),
  )
  const receivedSince = (since: Date) =>
    genuine.filter((lead) => new Date(lead.createdAt).getTime() >= since.getTime()).length

  const days: string[] = []
  for (let i = WINDOW_DAYS - 1; i >= 0; i--) {
    days.push(localDate(new Date(todayStart.getTime() - i * DAY_MS + DAY_MS / 2), timeZone))
  }
  const perDay = new Map(days.map((day) => [day, 0]))
  for (const lead of genuine) {
    const day = localDate(new Date(lead.createdAt), timeZone)
    if (perDay.has(day)) perDay.set(day, perDay.get(day)! + 1)
  }

  const minutesToContact = genuine
    .filter((lead) => lead.firstContactedAt)
    .map(
      (lead) =>
        (new Date(lead.firstContactedAt!).getTime() - new Date(lead.createdAt).getTime()) /
        MINUTE_MS,
    )
    .filter((minutes) => minutes >= 0)
  const medianMinutes = median(minutesToContact)

  return {
    generatedAt: now.toISOString(),
    timeZone,
    windowDays: WINDOW_DAYS,
    byStatus,
    total: INTAKE_STATUSES.reduce((sum, status) => sum + byStatus[status], 0),
    spamSuspected,
    newToday: receivedSince(todayStart),
    newThisWeek: receivedSince(weekStart),
    awaitingFirstContact,
    medianMinutesToFirstContact: medianMinutes === null ? null : Math.round(medianMinutes),
    daily: days.map((date) => ({ date, count: perDay.get(date)! })),
    byCondition: tally(genuine.map((lead) => lead.condition?.name ?? 'Not specified')),
    bySource: tally(genuine.map(leadSource)),
  }
}

/** Local midnight starting the first day of the window (today and the 29 days before it). */
export function windowStart(now: Date, timeZone: string): Date {
  const todayStart = startOfLocalDay(now, timeZone)
  return startOfLocalDay(
    new Date(todayStart.getTime() - (WINDOW_DAYS - 1) * DAY_MS + DAY_MS / 2),
    timeZone,
  )
}
