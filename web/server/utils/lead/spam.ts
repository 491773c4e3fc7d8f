import type { LeadFormData } from '@vigeo/lead-contract'
import type { LeadConfig } from './config'
import { verifyFormToken } from './form-token'

const MAX_FORM_AGE_MS = 24 * 60 * 60 * 1000

/**
 * Reasons to suspect a bot. Suspected spam is still delivered, flagged for staff: a false
 * positive must never cost a patient their request.
 */
export function spamReasons(
  data: LeadFormData,
  config: LeadConfig,
  secret: string,
  now = Date.now(),
  /** From a form embedded on a cached page: no render token, so no fill-time check. */
  tokenless = false,
): string[] {
  const reasons: string[] = []
  if (data.website) reasons.push('honeypot-filled')
  if (tokenless) return reasons
  const token = verifyFormToken(secret, data.submissionId, data.formToken, now)
  if (!token.valid) reasons.push('form-token-invalid')
  else if (token.ageMs < config.minFillSeconds * 1000) reasons.push('submitted-too-fast')
  else if (token.ageMs > MAX_FORM_AGE_MS) reasons.push('form-token-expired')
  return reasons
}
