import { randomUUID } from 'node:crypto'
import type { H3Event } from 'h3'
import type { LeadFormOptions, LeadOption } from '../../../shared/lead/options'
import { useCmsData } from '../cms-data'
import { useLeadConfig } from './config'
import { createFormToken } from './form-token'
import { formSecret } from './secret'

const toOption = ({ name, slug }: LeadOption): LeadOption => ({ name, slug })

/** Lists load best-effort: the form must still work (without those selects) while the CMS is down. */
async function loadOrEmpty(load: () => Promise<LeadOption[]>): Promise<LeadOption[]> {
  try {
    return (await load()).map(toOption)
  } catch (error) {
    console.warn(
      `[lead] form options unavailable: ${error instanceof Error ? error.name : 'unknown'}`,
    )
    return []
  }
}

/**
 * What one rendering of the consultation form needs: the condition and location lists (through
 * the data cache) and a fresh idempotency key with its signed render-time token (never cached).
 */
export async function leadFormOptions(event: H3Event): Promise<LeadFormOptions> {
  const cms = useCmsData(event)
  const submissionId = randomUUID()
  const [conditions, locations, secret] = await Promise.all([
    loadOrEmpty(() => cms.listConditions()),
    loadOrEmpty(() => cms.listLocations()),
    formSecret(useLeadConfig()),
  ])
  return { conditions, locations, submissionId, formToken: createFormToken(secret, submissionId) }
}
