import { INTAKE_COORDINATOR } from '../../src/bootstrap/admin-roles'
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
async function adminWithRole(
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

/** The staff the lead tests sign in as: one person for each admin role that leads concern. */
const STAFF = {
  coordinator: {
    role: INTAKE_COORDINATOR.code,
    person: { firstname: 'Casey', lastname: 'Coordinator', email: 'casey@vigeo.test' },
  },
  editor: {
    role: 'strapi-editor',
    person: { firstname: 'Eddie', lastname: 'Editor', email: 'eddie@vigeo.test' },
  },
  author: {
    role: 'strapi-author',
    person: { firstname: 'Avery', lastname: 'Author', email: 'avery@vigeo.test' },
  },
}

/** Creates these staff members as admin users with their roles, and signs each in. */
export async function staffSessions<Name extends keyof typeof STAFF>(
  cms: TestCms,
  ...names: Name[]
): Promise<Record<Name, AdminSession>> {
  const sessions = {} as Record<Name, AdminSession>
  for (const name of names) {
    sessions[name] = await adminWithRole(cms, STAFF[name].role, STAFF[name].person)
  }
  return sessions
}

export const LEAD_ADMIN_PATH = '/content-manager/collection-types/api::lead.lead'
