/** North American numbers: area code and exchange cannot start with 0 or 1. */
const NANP = /^([2-9]\d{2})([2-9]\d{2})(\d{4})$/
const ALLOWED = /^[\d\s().+-]+$/

/**
 * A US phone number typed in any common way ("(817) 555-0134", "817.555.0134", "+1 817 555 0134",
 * "1-817-555-0134") as E.164 (+18175550134); null when it is not one.
 */
export function toE164(input: string): string | null {
  const trimmed = input.trim()
  if (!ALLOWED.test(trimmed)) return null
  const hasPlus = trimmed.startsWith('+')
  if (trimmed.lastIndexOf('+') > 0) return null
  let digits = trimmed.replace(/\D/g, '')
  // "+" must be followed by the US country code; a bare leading 1 is the trunk prefix.
  if (hasPlus && !digits.startsWith('1')) return null
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1)
  const match = NANP.exec(digits)
  return match ? `+1${digits}` : null
}
