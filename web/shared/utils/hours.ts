import type { SharedOpeningHours } from '../types/cms'

/** "09:00:00.000" -> "9:00 AM", "17:30:00" -> "5:30 PM". */
export function formatTime(time: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number)
  const suffix = h >= 12 ? 'PM' : 'AM'
  return `${h % 12 || 12}:${String(m).padStart(2, '0')} ${suffix}`
}

/** "Monday – Friday" or "Saturday" for a single day. */
export function formatDays(row: Pick<SharedOpeningHours, 'fromDay' | 'toDay'>): string {
  return row.toDay && row.toDay !== row.fromDay ? `${row.fromDay} – ${row.toDay}` : row.fromDay
}

export const formatOpening = (row: Pick<SharedOpeningHours, 'opens' | 'closes'>) =>
  `${formatTime(row.opens)} – ${formatTime(row.closes)}`
