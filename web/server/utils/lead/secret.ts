import { randomBytes } from 'node:crypto'
import type { LeadConfig } from './config'

const GENERATED_SECRET_KEY = 'lead:secrets:form'

/**
 * The HMAC key for form tokens. Without NUXT_LEAD_FORM_SECRET a random one is kept in Nitro
 * storage: per instance in memory, or shared through Redis when that is configured.
 */
export async function formSecret(config: LeadConfig): Promise<string> {
  if (config.formSecret) return config.formSecret
  const storage = useStorage()
  const existing = await storage.getItem<string>(GENERATED_SECRET_KEY)
  if (typeof existing === 'string' && existing) return existing
  const generated = randomBytes(32).toString('base64url')
  await storage.setItem(GENERATED_SECRET_KEY, generated)
  return generated
}
