import type { Core } from '@strapi/strapi'

const ROLE_UID = 'plugin::users-permissions.role'
const PERMISSION_UID = 'plugin::users-permissions.permission'

/**
 * Anonymous callers may do nothing: the site's server reads content with its read-only API token
 * (bootstrap/site-read-token.ts) and the browser never talks to the CMS, so an open content API
 * would only serve scrapers and load. Leads stay closed to every role whatever the admin grants.
 */
const PUBLIC_ACTIONS = [] as const

const AUTHENTICATED_ACTIONS = ['plugin::users-permissions.user.me']

/** Leads are health information: no users-permissions role may ever hold a lead permission. */
const isForbidden = (action: string) => action.startsWith('api::lead.')

interface Role {
  id: number
  type: string
  permissions: { id: number; action: string }[]
}

/**
 * Makes the API roles match the code at every start. The public role gets exactly
 * PUBLIC_ACTIONS; the authenticated role gets at least AUTHENTICATED_ACTIONS; every role loses
 * any lead permission, whoever granted it.
 */
export async function enforceApiPermissions(strapi: Core.Strapi): Promise<void> {
  const roles = (await strapi.db.query(ROLE_UID).findMany({ populate: ['permissions'] })) as Role[]

  for (const role of roles) {
    const wanted: readonly string[] =
      role.type === 'public'
        ? PUBLIC_ACTIONS
        : role.type === 'authenticated'
          ? AUTHENTICATED_ACTIONS
          : []
    const exact = role.type === 'public'
    const held = new Set(role.permissions.map((p) => p.action))

    const toDelete = role.permissions.filter(
      (p) => isForbidden(p.action) || (exact && !wanted.includes(p.action)),
    )
    const toCreate = wanted.filter((action) => !held.has(action))

    if (toDelete.length > 0) {
      await strapi.db
        .query(PERMISSION_UID)
        .deleteMany({ where: { id: { $in: toDelete.map((p) => p.id) } } })
    }
    for (const action of toCreate) {
      await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } })
    }
    if (toDelete.length + toCreate.length > 0) {
      strapi.log.info(
        `[permissions] ${role.type}: granted ${toCreate.length}, revoked ${toDelete.length}.`,
      )
    }
  }
}
