import type { Core, Data } from '@strapi/strapi'

export const LEAD_INTAKE_TOKEN_NAME = 'Website lead intake'
export const LEAD_SUBMIT_ACTION = 'api::lead.lead.submit'
const MIN_LENGTH = 32

// The admin's API token service is typed only inside @strapi/admin, whose server types this app
// cannot import (no dependency, and Node-style module resolution).
interface ApiToken {
  id: Data.ID
}
interface ApiTokenService {
  hash(accessKey: string): string
  getByName(name: string): Promise<ApiToken | null>
  create(attributes: Record<string, unknown>): Promise<ApiToken>
  update(id: Data.ID, attributes: Record<string, unknown>): Promise<ApiToken>
}

/**
 * Provisions the API token the site's server sends leads with, from LEAD_INTAKE_TOKEN (shared
 * with the site). It holds only the submit permission and its stored key is the hash of the
 * shared value, so the value itself never sits in the database.
 */
export async function ensureLeadIntakeToken(strapi: Core.Strapi): Promise<void> {
  const secret = process.env.LEAD_INTAKE_TOKEN?.trim()
  if (!secret) {
    strapi.log.warn(
      '[lead-intake] LEAD_INTAKE_TOKEN is not set: the site cannot submit consultation requests.',
    )
    return
  }
  if (secret.length < MIN_LENGTH) {
    strapi.log.error(
      `[lead-intake] LEAD_INTAKE_TOKEN must be at least ${MIN_LENGTH} characters; no intake token was set up.`,
    )
    return
  }

  const tokens = strapi.service('admin::api-token') as ApiTokenService
  const attributes = {
    name: LEAD_INTAKE_TOKEN_NAME,
    description: 'Used by the website to store consultation requests. Managed by the CMS at start.',
    type: 'custom',
    permissions: [LEAD_SUBMIT_ACTION],
  }
  const existing = await tokens.getByName(LEAD_INTAKE_TOKEN_NAME)
  const token = existing
    ? await tokens.update(existing.id, attributes)
    : await tokens.create({ ...attributes, lifespan: null })
  // No encrypted copy: the admin panel must not be able to reveal the shared secret.
  await strapi.db.query('admin::api-token').update({
    where: { id: token.id },
    data: { accessKey: tokens.hash(secret), encryptedKey: null, expiresAt: null, lifespan: null },
  })
  strapi.log.info(`[lead-intake] API token "${LEAD_INTAKE_TOKEN_NAME}" is ready.`)
}
