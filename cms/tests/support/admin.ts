import { TEST_ADMIN, type TestCms } from './strapi'

export interface AdminSession {
  id: number
  /** Headers that sign a request in as this admin user. */
  auth: { Authorization: string }
}

/** Signs in through POST /admin/login (as the test super admin unless told otherwise). */
export async function adminAuth(
  cms: TestCms,
  credentials: { email: string; password: string } = TEST_ADMIN,
): Promise<AdminSession['auth']> {
  const res = await cms.http().post('/admin/login').send(credentials)
  if (res.status !== 200)
    throw new Error(`admin login failed for ${credentials.email}: ${res.status}`)
  return { Authorization: `Bearer ${res.body.data.token}` }
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
  return { id: user.id, auth: await adminAuth(cms, { email: person.email, password }) }
}

export const LEAD_ADMIN_PATH = '/content-manager/collection-types/api::lead.lead'
