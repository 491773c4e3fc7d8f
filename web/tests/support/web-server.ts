import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { canConnect, getFreePort } from './free-port'
import { spawnService } from './service'

const WEB_DIR = fileURLToPath(new URL('../../', import.meta.url))
const ENTRY = fileURLToPath(new URL('../../.output/server/index.mjs', import.meta.url))

/**
 * A page's CMS budget in tests, unless a test sets one: test files run in parallel on a small
 * machine, and a freshly booted CMS can take longer than the production budget (1.5 s) for a
 * page's first reads. Tests of the budget itself pass it explicitly.
 */
const TEST_CMS_BUDGET_MS = 5000

export interface WebServerOptions {
  cmsUrl: string
  cmsToken?: string
  cmsTimeoutMs?: number
  /** NUXT_PUBLIC_SITE_URL: the public URL used in canonical links and the sitemap. */
  siteUrl?: string
  /** More server environment (e.g. NUXT_LEAD_* settings), applied last. */
  env?: Record<string, string>
}

export interface WebServer {
  url: string
  /** What the server printed so far (its logs), e.g. to check what it did not leak. */
  output: () => string
  /** Kills the server at once (SIGKILL), as a crash would: no shutdown hook runs. */
  kill: () => Promise<void>
  stop: () => Promise<void>
}

/** Runs the built Nuxt server (`nuxt build` output) on a free port against the given CMS. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  if (!existsSync(ENTRY)) {
    throw new Error(
      'web/.output/server/index.mjs is missing: run `pnpm --filter @vigeo/web build` before the SSR tests.',
    )
  }
  const port = await getFreePort()
  const service = spawnService('Nuxt', process.execPath, [ENTRY], {
    cwd: WEB_DIR,
    env: {
      NITRO_PORT: String(port),
      PORT: String(port),
      NITRO_HOST: '127.0.0.1',
      NODE_ENV: 'production',
      NUXT_TELEMETRY_DISABLED: '1',
      NUXT_CMS_URL: options.cmsUrl,
      NUXT_CMS_TOKEN: options.cmsToken ?? '',
      NUXT_CMS_TIMEOUT_MS: String(options.cmsTimeoutMs ?? TEST_CMS_BUDGET_MS),
      ...(options.siteUrl ? { NUXT_PUBLIC_SITE_URL: options.siteUrl } : {}),
      ...options.env,
    },
  })
  try {
    await service.waitUntil(() => canConnect(port), 20_000)
  } catch (error) {
    await service.stop()
    throw error
  }
  return {
    url: `http://127.0.0.1:${port}`,
    output: service.output,
    kill: service.kill,
    stop: service.stop,
  }
}
