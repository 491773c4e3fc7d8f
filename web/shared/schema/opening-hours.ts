import type { SharedOpeningHours } from '../types/cms'

const WEEK = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const
type Weekday = (typeof WEEK)[number]

/** The days a fromDay–toDay range covers, wrapping past Sunday (Friday–Monday is 4 days). */
export function expandDays(fromDay: Weekday, toDay: Weekday | null): Weekday[] {
  const start = WEEK.indexOf(fromDay)
  const end = toDay ? WEEK.indexOf(toDay) : start
  const length = ((end - start + 7) % 7) + 1
  return Array.from({ length }, (_, i) => WEEK[(start + i) % 7] as Weekday)
}

/** Strapi time ("09:00:00.000") as HH:MM. */
const shortTime = (time: string) => time.slice(0, 5)

/** schema.org OpeningHoursSpecification, one per CMS row with its day range expanded. */
export function openingHoursSpecification(hours: readonly SharedOpeningHours[]) {
  return hours.map((row) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: expandDays(row.fromDay, row.toDay),
    opens: shortTime(row.opens),
    closes: shortTime(row.closes),
  }))
}
