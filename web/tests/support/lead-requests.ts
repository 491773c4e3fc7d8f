import { CONSENT_TEXT_VERSION, isRecord } from '@vigeo/lead-contract'
import { randomUUID } from 'node:crypto'

export const INTAKE_TOKEN = 'test-intake-token-0123456789abcdefghijklmnop'

/** A complete, valid request as the form's script sends it. */
export function leadBody(change: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    fullName: 'Jane Patient',
    phone: '(817) 555-0199',
    email: `jane.${randomUUID().slice(0, 8)}@example.com`,
    preferredContactMethod: 'text',
    preferredContactTime: 'evening',
    message: 'Please call after work.',
    consent: true,
    consentTextVersion: CONSENT_TEXT_VERSION,
    submissionId: randomUUID(),
    ...change,
  }
}

// A type, not an interface: it spreads into a request body (Record<string, unknown>).
export type FormRendering = { submissionId: string; formToken: string }

/** A form rendering (idempotency key and signed render time), as the page gets it. */
export async function renderForm(webUrl: string): Promise<FormRendering> {
  const body: unknown = await (await fetch(`${webUrl}/api/lead-form-options`)).json()
  const submissionId = isRecord(body) ? body.submissionId : undefined
  const formToken = isRecord(body) ? body.formToken : undefined
  if (typeof submissionId !== 'string' || typeof formToken !== 'string') {
    throw new Error('form options without id or token')
  }
  return { submissionId, formToken }
}

export async function postLead(
  webUrl: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(`${webUrl}/api/consultations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  const parsed: unknown = text ? JSON.parse(text) : {}
  return {
    status: response.status,
    body: isRecord(parsed) ? parsed : {},
    headers: response.headers,
  }
}
