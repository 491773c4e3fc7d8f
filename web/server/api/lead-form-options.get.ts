import { randomUUID } from 'node:crypto'
import type { LeadFormOptions, LeadOption } from '../../shared/lead/options'
import { useLeadConfig } from '../utils/lead/config'
import { createFormToken } from '../utils/lead/form-token'
import { formSecret } from '../utils/lead/secret'

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

/** What one rendering of the consultation form needs, including its idempotency key and token. */
export default defineEventHandler(async (event): Promise<LeadFormOptions> => {
  setResponseHeader(event, 'Cache-Control', 'no-store')
  // Content lists through the data cache; the response itself (a token per visit) never is.
  const cms = useCmsData(event)
  const submissionId = randomUUID()
  const [conditions, locations, secret] = await Promise.all([
    loadOrEmpty(() => cms.listConditions()),
    loadOrEmpty(() => cms.listLocations()),
    formSecret(useLeadConfig(event)),
  ])
  return { conditions, locations, submissionId, formToken: createFormToken(secret, submissionId) }
})
