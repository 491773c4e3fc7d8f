import type { Core, Data, Modules, UID } from '@strapi/strapi'

const LEAD: UID.ContentType = 'api::lead.lead'
export const INTAKE_COORDINATOR = {
  name: 'Intake coordinator',
  code: 'intake-coordinator',
  description:
    'Reads and updates consultation requests (leads); reads only the names of conditions and locations.',
}
const COORDINATOR_ACTIONS = [
  'plugin::content-manager.explorer.read',
  'plugin::content-manager.explorer.update',
]
/**
 * What a lead points to, readable by name only: the lead's edit view shows the condition and
 * location it names (the relation's main field) instead of bare document ids.
 */
const NAMES_ONLY: UID.ContentType[] = ['api::condition.condition', 'api::location.location']
/** Strapi's default content roles get every content type at install; leads are not content. */
const ROLES_WITHOUT_LEADS = ['strapi-editor', 'strapi-author']

// The admin's role, permission and token services are typed only inside @strapi/admin, whose
// server types this app cannot import (no dependency, and Node-style module resolution).
interface Role {
  id: Data.ID
}
/** A stored admin permission: Strapi's permission rule plus its row id. */
type Permission = Modules.Permissions.PermissionRule & { id: Data.ID }
interface Action {
  actionId: string
}
interface RoleService {
  findOne(where: Record<string, unknown>): Promise<Role | null>
  create(attributes: typeof INTAKE_COORDINATOR): Promise<Role>
  assignPermissions(
    roleId: Data.ID,
    permissions: Modules.Permissions.PermissionRule[],
  ): Promise<unknown>
}
interface PermissionService {
  actionProvider: { values(): Action[] }
  findMany(params: Record<string, unknown>): Promise<Permission[]>
  deleteByIds(ids: Data.ID[]): Promise<unknown>
}
interface ContentTypeService {
  getPermissionsWithNestedFields(actions: Action[]): Modules.Permissions.PermissionRule[]
}
interface AdminTokenService {
  syncPermissionsForRole(roleId: Data.ID): Promise<unknown>
}

/**
 * Makes the admin roles' access to leads match the code at every start: the Intake coordinator
 * reads and updates leads (every field) and reads the names of conditions and locations, nothing
 * else; Editor and Author lose any lead access.
 */
export async function enforceAdminRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role') as RoleService
  const permissions = strapi.service('admin::permission') as PermissionService
  const contentTypes = strapi.service('admin::content-type') as ContentTypeService
  const adminTokens = strapi.service('admin::api-token-admin') as AdminTokenService

  const coordinator =
    (await roles.findOne({ code: INTAKE_COORDINATOR.code })) ??
    (await roles.create(INTAKE_COORDINATOR))
  const actions = permissions.actionProvider
    .values()
    .filter((action) => COORDINATOR_ACTIONS.includes(action.actionId))
  const wanted = contentTypes
    .getPermissionsWithNestedFields(actions)
    .filter((permission) => permission.subject === LEAD)
  const names = NAMES_ONLY.map((subject) => ({
    action: 'plugin::content-manager.explorer.read',
    subject,
    properties: { fields: ['name'] },
    conditions: [],
  }))
  // Replaces whatever the role held: extra grants made in the admin are revoked.
  await roles.assignPermissions(coordinator.id, [...wanted, ...names])

  for (const code of ROLES_WITHOUT_LEADS) {
    const role = await roles.findOne({ code })
    if (!role) continue
    const held = await permissions.findMany({ where: { role: { id: role.id }, subject: LEAD } })
    if (held.length === 0) continue
    await permissions.deleteByIds(held.map((permission) => permission.id))
    // Admin API tokens of that role's users must not keep what the role lost.
    await adminTokens.syncPermissionsForRole(role.id)
    strapi.log.info(`[admin-roles] ${code}: revoked ${held.length} lead permissions.`)
  }
}
