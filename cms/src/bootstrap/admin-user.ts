import { randomBytes } from 'node:crypto'
import type { Core, Data } from '@strapi/strapi'

// The admin's user service is typed only inside @strapi/admin, whose server types this app cannot
// import (no dependency, and Node-style module resolution).
interface AdminUserService {
  exists(attributes?: Record<string, unknown>): Promise<boolean>
  createFirstAdmin(attributes: {
    email: string
    password: string
    firstname: string
    lastname: string
  }): Promise<{ id: Data.ID; email: string }>
}

const DEV_ADMIN_EMAIL = 'admin@vigeo.local'

/** Strapi's password rules: 8+ characters with a lower-case letter, an upper-case letter and a digit. */
const generatePassword = () => `${randomBytes(12).toString('base64url')}Aa1`

/**
 * Creates the first super admin so a fresh install is usable without the registration screen.
 * From CMS_ADMIN_EMAIL / CMS_ADMIN_PASSWORD when set; otherwise, in development only, with a
 * generated password printed once.
 */
export async function ensureAdminUser(strapi: Core.Strapi): Promise<void> {
  const users = strapi.service('admin::user') as AdminUserService
  if (await users.exists()) return

  const email = process.env.CMS_ADMIN_EMAIL?.trim()
  const password = process.env.CMS_ADMIN_PASSWORD
  const names = { firstname: 'Clinic', lastname: 'Administrator' }

  if (email && password) {
    await users.createFirstAdmin({ email, password, ...names })
    strapi.log.info(`[admin] Created the super admin ${email} from CMS_ADMIN_EMAIL.`)
    return
  }

  if (process.env.NODE_ENV === 'production') {
    strapi.log.warn(
      '[admin] No admin user yet: set CMS_ADMIN_EMAIL and CMS_ADMIN_PASSWORD, or register the first admin at /admin.',
    )
    return
  }

  const generated = generatePassword()
  await users.createFirstAdmin({ email: DEV_ADMIN_EMAIL, password: generated, ...names })
  strapi.log.info(
    [
      '[admin] Created a development super admin. These credentials are printed only once:',
      `[admin]   e-mail:   ${DEV_ADMIN_EMAIL}`,
      `[admin]   password: ${generated}`,
    ].join('\n'),
  )
}
