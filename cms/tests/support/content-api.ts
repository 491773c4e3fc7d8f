import type { TestCms } from './strapi'

/** The public read routes of the content API: each collection's list, then the single types. */
export const PUBLIC_COLLECTIONS = [
  '/api/articles',
  '/api/conditions',
  '/api/locations',
  '/api/pages',
]
export const PUBLIC_SINGLE_TYPES = ['/api/site-setting', '/api/home-page']

/** The site's read token in tests, provisioned from CMS_READ_TOKEN as in production. */
export const SITE_READ_TOKEN = 'test-read-token-'.padEnd(48, 'r')

/** Creates an API token of that type in the admin and returns its secret. */
export async function apiToken(
  cms: TestCms,
  name: string,
  type: 'read-only' | 'full-access',
): Promise<string> {
  const token = await cms.strapi.service('admin::api-token').create({ name, type, lifespan: null })
  return token.accessKey
}

/** Registers a confirmed users-permissions user (authenticated role) and returns its JWT. */
export async function apiUserJwt(
  cms: TestCms,
  user: { username: string; email: string; password: string },
): Promise<string> {
  const authenticated = await cms.strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'authenticated' } })
  const { id } = await cms.strapi
    .plugin('users-permissions')
    .service('user')
    .add({ ...user, provider: 'local', confirmed: true, role: authenticated.id })
  return cms.strapi.plugin('users-permissions').service('jwt').issue({ id })
}
