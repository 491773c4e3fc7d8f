/**
 * CSV for the leads export: RFC 4180 quoting, a BOM so Excel reads UTF-8, CRLF line ends, and
 * cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) prefixed with a quote.
 */

export interface ExportLead {
  documentId: string
  createdAt: string | Date
  fullName?: string | null
  phone?: string | null
  email?: string | null
  preferredContactMethod?: string | null
  preferredContactTime?: string | null
  intakeStatus?: string | null
  condition?: { name?: string | null } | null
  location?: { name?: string | null } | null
  assignee?: { firstname?: string | null; lastname?: string | null } | null
  firstContactedAt?: string | Date | null
  /** Stamped with the first contact (document-middlewares/lead-status-history). */
  hoursToFirstContact?: number | string | null
  message?: string | null
  utmSource?: string | null
  utmMedium?: string | null
  utmCampaign?: string | null
  utmTerm?: string | null
  utmContent?: string | null
  adClickId?: string | null
  referrer?: string | null
  sourcePage?: string | null
  spamSuspected?: boolean | null
  consentTextVersion?: string | null
}

/** "2026-11-28 09:05" in the clinic's time zone: what a spreadsheet reads as a date and time. */
function localDateTime(value: string | Date | null | undefined, timeZone: string): string {
  if (!value) return ''
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(value))
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? ''
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`
}

/** US numbers are stored as E.164 (+1XXXXXXXXXX); staff dial the national format. */
const nationalPhone = (phone: string | null | undefined) => {
  const match = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(phone ?? '')
  return match ? `(${match[1]}) ${match[2]}-${match[3]}` : (phone ?? '')
}

const assigneeName = (assignee: ExportLead['assignee']) =>
  [assignee?.firstname, assignee?.lastname].filter(Boolean).join(' ')

type Column = [header: string, value: (lead: ExportLead) => string]

/** The export's columns; times are the clinic's, named in the header. */
export const exportColumns = (timeZone: string): Column[] => [
  [`Received (${timeZone})`, (lead) => localDateTime(lead.createdAt, timeZone)],
  ['Full name', (lead) => lead.fullName ?? ''],
  ['Phone', (lead) => nationalPhone(lead.phone)],
  ['E-mail', (lead) => lead.email ?? ''],
  ['Preferred contact', (lead) => lead.preferredContactMethod ?? ''],
  ['Contact time', (lead) => lead.preferredContactTime ?? ''],
  ['Status', (lead) => lead.intakeStatus ?? ''],
  ['Condition', (lead) => lead.condition?.name ?? ''],
  ['Location', (lead) => lead.location?.name ?? ''],
  ['Assignee', (lead) => assigneeName(lead.assignee)],
  [`First contacted (${timeZone})`, (lead) => localDateTime(lead.firstContactedAt, timeZone)],
  [
    'Hours to first contact',
    (lead) =>
      lead.hoursToFirstContact === null || lead.hoursToFirstContact === undefined
        ? ''
        : Number(lead.hoursToFirstContact).toFixed(1),
  ],
  ['Message', (lead) => lead.message ?? ''],
  ['UTM source', (lead) => lead.utmSource ?? ''],
  ['UTM medium', (lead) => lead.utmMedium ?? ''],
  ['UTM campaign', (lead) => lead.utmCampaign ?? ''],
  ['UTM term', (lead) => lead.utmTerm ?? ''],
  ['UTM content', (lead) => lead.utmContent ?? ''],
  ['Ad click ID', (lead) => lead.adClickId ?? ''],
  ['Referrer', (lead) => lead.referrer ?? ''],
  ['Source page', (lead) => lead.sourcePage ?? ''],
  ['Spam suspected', (lead) => (lead.spamSuspected ? 'yes' : 'no')],
  ['Consent text version', (lead) => lead.consentTextVersion ?? ''],
  ['Lead id', (lead) => lead.documentId],
]

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

export const csvHeader = (columns: Column[]): string =>
  '\uFEFF' + columns.map(([header]) => csvCell(header)).join(',') + '\r\n'

export const csvRow = (columns: Column[], lead: ExportLead): string =>
  columns.map(([, value]) => csvCell(value(lead))).join(',') + '\r\n'
