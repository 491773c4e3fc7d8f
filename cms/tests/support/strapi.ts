import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Core } from '@strapi/strapi'
import supertest from 'supertest'
import { createTestDatabase } from './database'

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
// The ESM build of @strapi/strapi does a directory import that Node rejects.
const { createStrapi } = createRequire(import.meta.url)(
  '@strapi/strapi',
) as typeof import('@strapi/strapi')

export const TEST_ADMIN = { email: 'admin@vigeo.test', password: 'Test-admin-1234' }

export interface TestCms {
  strapi: Core.Strapi
  http: () => supertest.Agent
  stop(): Promise<void>
}

const secret = () => randomBytes(16).toString('base64')

/**
 * Boots the real Strapi app (compiled by the global setup) on a fresh database of its own,
 * with the launch content seeded, and returns an HTTP client for it.
 */
export async function startCms(env: Record<string, string> = {}): Promise<TestCms> {
  const database = await createTestDatabase()
  Object.assign(process.env, {
    NODE_ENV: 'test',
    STRAPI_TELEMETRY_DISABLED: 'true',
    SERVE_ADMIN_PANEL: 'false',
    HOST: '127.0.0.1',
    PORT: '0',
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    CMS_ADMIN_EMAIL: TEST_ADMIN.email,
    CMS_ADMIN_PASSWORD: TEST_ADMIN.password,
    CMS_SEED: 'true',
    ...database.env,
    ...env,
  })

  const strapi = await createStrapi({ appDir, distDir: join(appDir, 'dist') }).load()
  strapi.server.mount()
  const server = strapi.server.httpServer

  return {
    strapi,
    http: () => supertest.agent(server),
    async stop() {
      // strapi.destroy() calls process.removeAllListeners(), which would kill the test worker.
      const emitter: NodeJS.EventEmitter = process
      const saved = emitter.eventNames().map((event) => [event, emitter.listeners(event)] as const)
      await strapi.destroy()
      for (const [event, listeners] of saved) {
        for (const listener of listeners) {
          if (!emitter.listeners(event).includes(listener)) {
            emitter.on(event, listener as (...args: unknown[]) => void)
          }
        }
      }
      await database.drop()
    },
  }
}
