import type { Core } from '@strapi/strapi'

const ROLE_UID = 'plugin::users-permissions.role'
const PERMISSION_UID = 'plugin::users-permissions.permission'

/** What anonymous visitors (and the site's server) may do: read published content. Nothing else. */
export const PUBLIC_ACTIONS = [
  'api::article.article.find',
  'api::article.article.findOne',
  'api::condition.condition.find',
  'api::condition.condition.findOne',
  'api::location.location.find',
  'api::location.location.findOne',
  'api::page.page.find',
  'api::page.page.findOne',
  'api::site-setting.site-setting.find',
  'api::home-page.home-page.find',
] as const

const AUTHENTICATED_ACTIONS = [...PUBLIC_ACTIONS, 'plugin::users-permissions.user.me']

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
