/**
 * The clinic's time zone, in which its days start and end: the leads dashboard's "new today" and
 * the status history's timestamps are Fort Worth's, not the server's.
 */
export const DEFAULT_CLINIC_TIME_ZONE = 'America/Chicago'

/** CLINIC_TIME_ZONE when it names a real zone, else Fort Worth's. */
export function clinicTimeZone(): string {
  const zone = process.env.CLINIC_TIME_ZONE || DEFAULT_CLINIC_TIME_ZONE
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return zone
  } catch {
    return DEFAULT_CLINIC_TIME_ZONE
  }
}
