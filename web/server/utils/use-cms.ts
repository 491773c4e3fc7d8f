import type { H3Event } from 'h3'
import { createCmsClient, type CmsClient } from './cms'
import { cmsDeadline } from './cms-deadline'

const DEFAULT_BUDGET_MS = 1500

/** NUXT_CMS_TIMEOUT_MS: the time one incoming request may spend on all its CMS calls together. */
export function cmsBudgetMs(config: { cmsTimeoutMs?: unknown }): number {
  const budget = Number(config.cmsTimeoutMs)
  return Number.isFinite(budget) && budget > 0 ? budget : DEFAULT_BUDGET_MS
}

/**
 * The CMS client configured from server-only runtime config (NUXT_CMS_URL, NUXT_CMS_TOKEN...),
 * bound to the deadline of the incoming request (server/utils/cms-deadline.ts).
 */
export function useCms(event: H3Event): CmsClient {
  // Env-only settings: the shared config, not a per-request copy (Nitro clones it per event).
  const config = useRuntimeConfig()
  const budgetMs = cmsBudgetMs(config)
  return createCmsClient({
    baseURL: String(config.cmsUrl),
    token: String(config.cmsToken ?? ''),
    timeoutMs: budgetMs,
    deadline: cmsDeadline(event, budgetMs),
  })
}
