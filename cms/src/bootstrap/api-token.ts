import type { Core, Data } from '@strapi/strapi'

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

export interface SharedApiToken {
  name: string
  description: string
  /** Content API actions, e.g. `api::lead.lead.submit`: the token holds these and no other. */
  permissions: readonly string[]
  /**
   * The secret the CMS and the site share, read by the caller as `process.env.NAME` (so the
   * compose check sees which variables the CMS reads), and that variable's name for the log.
   */
  secret: string | undefined
  envVar: string
  /** Prefix of the log lines, e.g. `lead-intake` for `[lead-intake] …`. */
  logTag: string
  /** What the token is for, in the line logged when the secret is too short ("no read token"). */
  purpose: string
  /** The consequence logged, after the variable's name, when the secret is not set. */
  whenUnset: string
}

/**
 * Provisions a custom API token whose key is a secret shared with the site through the
 * environment: its stored key is the hash of that value, so the value itself never sits in the
 * database. Every start sets its permissions again, so a token widened in the admin is narrowed.
 */
export async function provisionSharedApiToken(
  strapi: Core.Strapi,
  spec: SharedApiToken,
): Promise<void> {
  const { name, description, permissions, envVar, logTag } = spec
  const secret = spec.secret?.trim()
  if (!secret) {
    strapi.log.warn(`[${logTag}] ${envVar} is not set: ${spec.whenUnset}`)
    return
  }
  if (secret.length < MIN_LENGTH) {
    strapi.log.error(
      `[${logTag}] ${envVar} must be at least ${MIN_LENGTH} characters; no ${spec.purpose} token was set up.`,
    )
    return
  }

  const tokens = strapi.service('admin::api-token') as ApiTokenService
  const attributes = { name, description, type: 'custom', permissions: [...permissions] }
  const existing = await tokens.getByName(name)
  const token = existing
    ? await tokens.update(existing.id, attributes)
    : await tokens.create({ ...attributes, lifespan: null })
  // No encrypted copy: the admin panel must not be able to reveal the shared secret.
  await strapi.db.query('admin::api-token').update({
    where: { id: token.id },
    data: { accessKey: tokens.hash(secret), encryptedKey: null, expiresAt: null, lifespan: null },
  })
  strapi.log.info(`[${logTag}] API token "${name}" is ready.`)
}
