import type { H3Event } from 'h3'
import { createCmsClient, type CmsClient } from './cms'

const DEFAULT_TIMEOUT_MS = 1500

/** The CMS client configured from server-only runtime config (NUXT_CMS_URL, NUXT_CMS_TOKEN...). */
export function useCms(event: H3Event): CmsClient {
  const { cmsUrl, cmsToken, cmsTimeoutMs } = useRuntimeConfig(event)
  const timeoutMs = Number(cmsTimeoutMs)
  return createCmsClient({
    baseURL: String(cmsUrl),
    token: String(cmsToken ?? ''),
    timeoutMs: Number.isFinite(timeoutMs) && timeoutMs > 0 ? timeoutMs : DEFAULT_TIMEOUT_MS,
  })
}
