import axios from 'axios'
import type { LeadConfig } from './config'
import type { LeadSubmissionData } from '@vigeo/lead-contract'

/**
 * - delivered: the CMS has the lead (201, or 200 for a replay);
 * - conflict: it holds a different lead under this id (409);
 * - rejected: it will never accept this body (400);
 * - retry: anything else (down, slow, 5xx, a wrong token that an operator can fix).
 */
type DeliveryResult = 'delivered' | 'conflict' | 'rejected' | 'retry'

const INTAKE_PATH = '/api/lead-submissions'

/** Posts one lead to the CMS intake route. Never throws; logs the id and status only. */
export async function deliverLead(
  config: LeadConfig,
  lead: LeadSubmissionData,
): Promise<DeliveryResult> {
  try {
    const response = await axios.post(
      INTAKE_PATH,
      { data: lead },
      {
        baseURL: config.cmsUrl,
        headers: { Authorization: `Bearer ${config.intakeToken}` },
        timeout: config.deliveryTimeoutMs,
        signal: AbortSignal.timeout(config.deliveryTimeoutMs),
        // The CMS is reached directly: an environment proxy must see neither PHI nor the token.
        proxy: false,
        validateStatus: () => true,
        responseType: 'json',
      },
    )
    const { status } = response
    if (status === 200 || status === 201) return 'delivered'
    console.warn(`[lead] delivery of ${lead.submissionId} answered HTTP ${status}`)
    if (status === 409) return 'conflict'
    if (status === 400) return 'rejected'
    return 'retry'
  } catch (error) {
    const code = axios.isAxiosError(error) ? (error.code ?? 'network error') : 'unexpected failure'
    console.warn(`[lead] delivery of ${lead.submissionId} failed (${code})`)
    return 'retry'
  }
}
