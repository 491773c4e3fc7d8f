const NANP_E164 = /^\+1(\d{3})(\d{3})(\d{4})$/

/** Formats a North American E.164 number (+18175550134) as (817) 555-0134; other input is returned trimmed. */
export function formatPhone(phone: string): string {
  const trimmed = phone.trim()
  const match = NANP_E164.exec(trimmed)
  return match ? `(${match[1]}) ${match[2]}-${match[3]}` : trimmed
}

/** A `tel:` href keeping only the digits and a leading plus. */
export function telHref(phone: string): string {
  const trimmed = phone.trim()
  const digits = trimmed.replace(/\D/g, '')
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`
}
