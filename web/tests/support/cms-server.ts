import { isRecord } from '@vigeo/lead-contract'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createTestDatabase } from '../../../cms/tests/support/database'
import { getFreePort } from './free-port'
import { spawnService, type Service } from './service'

const CMS_DIR = fileURLToPath(new URL('../../../cms/', import.meta.url))
export const CMS_ADMIN = { email: 'test-admin@example.com', password: 'Test-admin-1234' }

export interface CmsServer {
  url: string
  port: number
  /** The site's read token, provisioned by the CMS from CMS_READ_TOKEN as in production. */
  readToken: string
  /**
   * Creates an API token through the admin API, as an editor would in the admin, holding what the
   * site's provisioned token holds (content reads only).
   */
  createApiToken: () => Promise<string>
  /** Freezes Strapi (SIGSTOP): connections are accepted by the kernel, nothing answers. */
  hang: () => void
  /** Lets a frozen Strapi run again (SIGCONT). */
  resume: () => void
  /** Stops Strapi and drops its database, unless `keepDatabase` (to start it again later). */
  stop: (options?: { keepDatabase?: boolean }) => Promise<void>
  /** Starts Strapi again after `stop({ keepDatabase: true })`: same port, database and secrets. */
  start: () => Promise<void>
}

export interface CmsServerOptions {
  /** More Strapi environment (e.g. LEAD_INTAKE_TOKEN). */
  env?: Record<string, string>
}

const secret = () => randomBytes(24).toString('base64')

/**
 * Boots the compiled Strapi on a free port with a fresh database of its own (SQLite, or
 * PostgreSQL when DATABASE_CLIENT=postgres); it seeds itself on start.
 */
export async function startCmsServer(options: CmsServerOptions = {}): Promise<CmsServer> {
  if (!existsSync(join(CMS_DIR, 'dist', 'src', 'index.js'))) {
    throw new Error('cms/dist is missing: run `pnpm --filter @vigeo/cms build` first.')
  }
  const database = await createTestDatabase()
  const port = await getFreePort()
  const url = `http://127.0.0.1:${port}`
  const env = {
    HOST: '127.0.0.1',
    PORT: String(port),
    ...database.env,
    SERVE_ADMIN_PANEL: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    NODE_ENV: 'production',
    CMS_ADMIN_EMAIL: CMS_ADMIN.email,
    CMS_ADMIN_PASSWORD: CMS_ADMIN.password,
    APP_KEYS: [secret(), secret(), secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    // Anonymous callers may read nothing: the site reads with this token (NUXT_CMS_TOKEN).
    CMS_READ_TOKEN: randomBytes(32).toString('base64url'),
    ...options.env,
  }
  let service: Service | undefined
  const stop = async ({ keepDatabase = false } = {}) => {
    await service?.stop()
    if (!keepDatabase) await database.drop()
  }
  const start = async () => {
    service = spawnService('Strapi', join(CMS_DIR, 'node_modules', '.bin', 'strapi'), ['start'], {
      cwd: CMS_DIR,
      env,
    })
    await service.waitUntil(async () => (await fetch(`${url}/_health`)).status === 204, 60_000)
  }
  try {
    await start()
  } catch (error) {
    await stop()
    throw error
  }
  return {
    url,
    port,
    stop,
    start,
    hang: () => service?.signal('SIGSTOP'),
    resume: () => service?.signal('SIGCONT'),
    readToken: env.CMS_READ_TOKEN,
    createApiToken: () => createApiToken(url),
  }
}

async function requestJson(url: string, body?: unknown, bearer?: string): Promise<unknown> {
  const method = body === undefined ? 'GET' : 'POST'
  const response = await fetch(url, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  })
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}`)
  return response.json()
}

function readString(body: unknown, key: string): string {
  const data = isRecord(body) ? body.data : undefined
  const value = isRecord(data) ? data[key] : undefined
  if (typeof value !== 'string') throw new Error(`Response has no data.${key}`)
  return value
}

// Provisioned by the CMS (cms/src/bootstrap/site-read-token.ts).
const SITE_READ_TOKEN_NAME = 'Website content reads'

/** Signs in to the CMS admin API as the test super admin: the JWT every admin request needs. */
export async function adminJwt(cmsUrl: string): Promise<string> {
  return readString(await requestJson(`${cmsUrl}/admin/login`, CMS_ADMIN), 'token')
}

async function createApiToken(url: string): Promise<string> {
  const jwt = await adminJwt(url)
  const list = await requestJson(`${url}/admin/api-tokens`, undefined, jwt)
  const site = (isRecord(list) && Array.isArray(list.data) ? list.data : []).find(
    (token: unknown) => isRecord(token) && token.name === SITE_READ_TOKEN_NAME,
  )
  const permissions: unknown = isRecord(site) ? site.permissions : undefined
  if (!Array.isArray(permissions) || permissions.length === 0) {
    throw new Error(`The CMS has no "${SITE_READ_TOKEN_NAME}" token to copy permissions from`)
  }
  const token = { name: `web-test-${Date.now()}`, type: 'custom', permissions, lifespan: null }
  return readString(await requestJson(`${url}/admin/api-tokens`, token, jwt), 'accessKey')
}
