import { isRecord } from '@vigeo/lead-contract'
import qs from 'qs'
import { adminJwt } from './cms-server'

/** Leads with this submission id, as staff see them in the admin (content manager API). */
export const leadsInCms = (cmsUrl: string, submissionId: string) =>
  leadsWhere(cmsUrl, { submissionId: { $eq: submissionId } })

/** Leads matching these content-manager filters, as staff see them in the admin. */
export async function leadsWhere(
  cmsUrl: string,
  filters: Record<string, unknown>,
): Promise<Record<string, unknown>[]> {
  const jwt = await adminJwt(cmsUrl)
  const query = qs.stringify({ filters }, { encodeValuesOnly: true })
  const response = await fetch(
    `${cmsUrl}/content-manager/collection-types/api::lead.lead?${query}`,
    {
      headers: { Authorization: `Bearer ${jwt}` },
    },
  )
  const list: unknown = await response.json()
  if (!response.ok || !isRecord(list) || !Array.isArray(list.results)) {
    throw new Error(`Listing leads answered ${response.status}`)
  }
  return list.results.filter(isRecord)
}
