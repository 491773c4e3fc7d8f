import { isRecord, LEAD_FIELDS } from '@vigeo/lead-contract'
import { createHmac } from 'node:crypto'

/** Hidden field of the form embedded on cached content pages (LeadFormEmbed.vue). */
const EMBEDDED_FIELD = 'embedded'

/**
 * The idempotency key of a request from an embedded form. Those pages are cached and shared by
 * every visitor, so they cannot carry a per-visitor id; the key is derived instead from what was
 * typed and the day (an HMAC with the server secret, shaped as an RFC 9562 version-8 UUID): the
 * same request sent twice the same day is one lead, any difference makes another.
 */
export function embeddedSubmissionId(
  fields: Record<string, unknown>,
  secret: string,
  now = new Date(),
): string {
  const typed = LEAD_FIELDS.map((field) => [field, fields[field] ?? null])
  const hex = createHmac('sha256', secret)
    .update(JSON.stringify([now.toISOString().slice(0, 10), typed]))
    .digest('hex')
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/**
 * A no-script POST from an embedded form: drops the marker and, unless it has one, adds the
 * derived id. `tokenless` tells the spam check there is no render token to judge fill time by.
 * Only form posts qualify: the script-driven form always has its own id and token.
 */
export function prepareEmbedded(
  kind: 'json' | 'form',
  fields: unknown,
  secret: string,
): { fields: unknown; tokenless: boolean } {
  if (kind !== 'form' || !isRecord(fields) || fields[EMBEDDED_FIELD] !== 'true') {
    return { fields, tokenless: false }
  }
  const { [EMBEDDED_FIELD]: _marker, ...rest } = fields
  if (rest.submissionId !== undefined || rest.formToken !== undefined) {
    return { fields: rest, tokenless: false }
  }
  return { fields: { ...rest, submissionId: embeddedSubmissionId(rest, secret) }, tokenless: true }
}
