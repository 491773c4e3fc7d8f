import { createHmac, timingSafeEqual } from 'node:crypto'

const sign = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(payload).digest('base64url')

/** A token binding the render time to the form's submission id. */
export function createFormToken(secret: string, submissionId: string, now = Date.now()): string {
  const payload = `${now}.${submissionId}`
  return `${now}.${sign(secret, payload)}`
}

type FormTokenCheck = { valid: true; ageMs: number } | { valid: false }

export function verifyFormToken(
  secret: string,
  submissionId: string,
  token: string | undefined,
  now = Date.now(),
): FormTokenCheck {
  const [issued, signature] = (token ?? '').split('.')
  const issuedAt = Number(issued)
  if (!signature || !Number.isSafeInteger(issuedAt)) return { valid: false }
  const expected = Buffer.from(sign(secret, `${issuedAt}.${submissionId}`))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { valid: false }
  return { valid: true, ageMs: now - issuedAt }
}
