import { fromFormFields } from '@vigeo/lead-contract'
import type { H3Event } from 'h3'

const LEAD_BODY_LIMIT_BYTES = 16 * 1024

type LeadRequest =
  | { ok: true; kind: 'json' | 'form'; fields: unknown }
  | { ok: false; status: 400 | 413 | 415; message: string }

function mediaType(event: H3Event): string {
  return (getRequestHeader(event, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase()
}

/** Reads at most `limit` bytes; stops reading (and answers 413) as soon as more arrive. */
function readLimited(event: H3Event, limit: number): Promise<Buffer | null> {
  const request = event.node.req
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        request.off('data', onData)
        request.resume()
        resolve(null)
        return
      }
      chunks.push(chunk)
    }
    request.on('data', onData)
    request.once('end', () => resolve(Buffer.concat(chunks)))
    request.once('error', reject)
  })
}

/** The submitted fields of a JSON (script) or form-encoded (no script) consultation request. */
export async function readLeadRequest(event: H3Event): Promise<LeadRequest> {
  const type = mediaType(event)
  const kind =
    type === 'application/json'
      ? 'json'
      : type === 'application/x-www-form-urlencoded'
        ? 'form'
        : null
  if (!kind)
    return { ok: false, status: 415, message: 'Please send the form as JSON or form data.' }
  const tooLarge = { ok: false, status: 413, message: 'The request is too large.' } as const
  const declared = Number(getRequestHeader(event, 'content-length') ?? 0)
  if (declared > LEAD_BODY_LIMIT_BYTES) return tooLarge
  const body = await readLimited(event, LEAD_BODY_LIMIT_BYTES)
  if (!body) return tooLarge
  const text = body.toString('utf8')
  if (kind === 'form') return { ok: true, kind, fields: fromFormFields(new URLSearchParams(text)) }
  try {
    return { ok: true, kind, fields: JSON.parse(text) as unknown }
  } catch {
    return { ok: false, status: 400, message: 'The request is not valid JSON.' }
  }
}
