import type { TestCms } from './strapi'

export interface AdminSession {
  id: number
  /** Headers that sign a request in as this admin user. */
  auth: { Authorization: string }
}

/** Creates an admin user with the role of that code and signs in through POST /admin/login. */
export async function adminWithRole(
  cms: TestCms,
  roleCode: string,
  person: { firstname: string; lastname: string; email: string },
): Promise<AdminSession> {
  const role = await cms.strapi.db.query('admin::role').findOne({ where: { code: roleCode } })
  const password = 'Staff-pass-1234'
  const user = await cms.strapi.service('admin::user').create({
    ...person,
    password,
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  })
  const res = await cms.http().post('/admin/login').send({ email: person.email, password })
  if (res.status !== 200) throw new Error(`admin login failed for ${roleCode}: ${res.status}`)
  return { id: user.id, auth: { Authorization: `Bearer ${res.body.data.token}` } }
}

export const LEAD_ADMIN_PATH = '/content-manager/collection-types/api::lead.lead'
