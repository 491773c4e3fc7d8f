import type { LeadFieldErrors } from '@vigeo/lead-contract'
import type { H3Event } from 'h3'
import { CONFLICT_MESSAGE, failureMessage, rateLimitMessage } from './messages'
import { readLeadRequest } from './request'
import { submitLead } from './submission'

interface LeadResult {
  status: number
  /** How the request was sent; null when it could not be read. */
  kind: 'json' | 'form' | null
  /** What was submitted, for re-rendering the no-script form (never stored or logged). */
  fields: unknown
  body: { submissionId?: string; status?: 'received'; errors?: LeadFieldErrors; message?: string }
}

/**
 * One consultation POST, whichever way it was sent, as a status and a body. Every failure is a
 * deliberate answer: no stack trace, no 500, and nothing of the lead in the logs.
 */
export async function handleLeadPost(event: H3Event): Promise<LeadResult> {
  setResponseHeader(event, 'Cache-Control', 'no-store')
  const request = await readLeadRequest(event)
  if (!request.ok)
    return { status: request.status, kind: null, fields: {}, body: { message: request.message } }
  const { kind, fields } = request
  try {
    const outcome = await submitLead(event, fields, kind)
    switch (outcome.kind) {
      case 'invalid':
        return { status: 422, kind, fields, body: { errors: outcome.errors } }
      case 'rate-limited':
        setResponseHeader(event, 'Retry-After', outcome.retryAfterSeconds)
        return { status: 429, kind, fields, body: { message: await rateLimitMessage(event) } }
      case 'conflict':
        return { status: 409, kind, fields, body: { message: CONFLICT_MESSAGE } }
      case 'accepted': {
        // 201: in the CMS now; 202: safe in the outbox, the relay delivers it; 200: a replay.
        const status = outcome.replay ? 200 : outcome.delivered ? 201 : 202
        return {
          status,
          kind,
          fields,
          body: { status: 'received', submissionId: outcome.submissionId },
        }
      }
    }
  } catch (error) {
    // The outbox could not be written (disk full, Redis down): the patient must know to call.
    console.error(`[lead] request failed: ${error instanceof Error ? error.name : 'unknown'}`)
    return { status: 503, kind, fields, body: { message: await failureMessage(event) } }
  }
}
