import type { Core, Data } from '@strapi/strapi'

export const SITE_READ_TOKEN_NAME = 'Website content reads'
const MIN_LENGTH = 32

const COLLECTIONS = ['article', 'condition', 'location', 'page'] as const
const SINGLES = ['home-page', 'site-setting'] as const

/**
 * Exactly what the site reads (web/server/utils/cms.ts): the published content types. A
 * "read-only" token would also reach every plugin's find routes (users, uploaded files).
 */
const SITE_READ_ACTIONS = [
  ...COLLECTIONS.flatMap((type) => [`api::${type}.${type}.find`, `api::${type}.${type}.findOne`]),
  ...SINGLES.map((type) => `api::${type}.${type}.find`),
]

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
 * Provisions the API token the site's server reads content with, from CMS_READ_TOKEN (shared
 * with the site as NUXT_CMS_TOKEN), the same way as the lead-intake token: a custom token holding
 * SITE_READ_ACTIONS only, whose stored key is the hash of the shared value. Every start sets its
 * permissions again, so a token widened in the admin (or an older read-only one) is narrowed.
 * Anonymous callers hold no permission (permissions.ts), so without it the site cannot read.
 */
export async function ensureSiteReadToken(strapi: Core.Strapi): Promise<void> {
  const secret = process.env.CMS_READ_TOKEN?.trim()
  if (!secret) {
    strapi.log.warn(
      '[site-read-token] CMS_READ_TOKEN is not set: give the site (NUXT_CMS_TOKEN) a custom API token from the admin with SITE_READ_ACTIONS.',
    )
    return
  }
  if (secret.length < MIN_LENGTH) {
    strapi.log.error(
      `[site-read-token] CMS_READ_TOKEN must be at least ${MIN_LENGTH} characters; no read token was set up.`,
    )
    return
  }
  const tokens = strapi.service('admin::api-token') as ApiTokenService
  const attributes = {
    name: SITE_READ_TOKEN_NAME,
    description: 'Used by the website to read published content. Managed by the CMS at start.',
    type: 'custom',
    permissions: SITE_READ_ACTIONS,
  }
  const existing = await tokens.getByName(SITE_READ_TOKEN_NAME)
  const token = existing
    ? await tokens.update(existing.id, attributes)
    : await tokens.create({ ...attributes, lifespan: null })
  // No encrypted copy: the admin panel must not be able to reveal the shared secret.
  await strapi.db.query('admin::api-token').update({
    where: { id: token.id },
    data: { accessKey: tokens.hash(secret), encryptedKey: null, expiresAt: null, lifespan: null },
  })
  strapi.log.info(`[site-read-token] API token "${SITE_READ_TOKEN_NAME}" is ready.`)
}
