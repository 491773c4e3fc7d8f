import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCmsServer, type CmsServer } from './cms-server'
import { startCountingProxy, type CountingProxy } from './counting-proxy'
import { startFakeIntake, type FakeIntake } from './fake-intake'
import { INTAKE_TOKEN } from './lead-requests'
import { startWebServer, type WebServer, type WebServerOptions } from './web-server'

export interface SiteOptions {
  /** More Strapi environment (e.g. LEAD_INTAKE_TOKEN). */
  cmsEnv?: Record<string, string>
  /**
   * The token the site reads with: the one the CMS provisions from CMS_READ_TOKEN, as in
   * production (the default), or one created through the admin API, as an editor would.
   */
  token?: 'provisioned' | 'admin-created'
  /** Puts a counting proxy between the site and the CMS, to see what reached the CMS. */
  proxy?: boolean
  /** The site's other settings. */
  web?: Omit<WebServerOptions, 'cmsUrl' | 'cmsToken'>
}

export interface Site {
  cms: CmsServer
  web: WebServer
  /** The token the site reads with, e.g. for a second site on the same CMS. */
  cmsToken: string
  /** Stops the site, the proxy and the CMS (whose database it drops). */
  stop: () => Promise<void>
}

export interface ProxiedSite extends Site {
  proxy: CountingProxy
}

/**
 * Boots the built CMS on a fresh database, then the built site reading from it (through a
 * counting proxy with `proxy: true`), each on a free port.
 */
export async function startSite(options: SiteOptions & { proxy: true }): Promise<ProxiedSite>
export async function startSite(options?: SiteOptions): Promise<Site>
export async function startSite(options: SiteOptions = {}): Promise<Site> {
  const cms = await startCmsServer({ env: options.cmsEnv })
  let proxy: CountingProxy | undefined
  try {
    const cmsToken = options.token === 'admin-created' ? await cms.createApiToken() : cms.readToken
    if (options.proxy) proxy = await startCountingProxy(cms.url)
    const web = await startWebServer({ ...options.web, cmsUrl: proxy?.url ?? cms.url, cmsToken })
    const stop = async () => {
      await web.stop()
      await proxy?.stop()
      await cms.stop()
    }
    return { cms, web, cmsToken, stop, ...(proxy && { proxy }) }
  } catch (error) {
    await proxy?.stop()
    await cms.stop()
    throw error
  }
}

export interface LeadSite {
  intake: FakeIntake
  web: WebServer
  /** The site's file outbox, a fresh temporary folder. */
  outboxDir: string
  /** Stops the site and the intake stand-in and removes the outbox. */
  stop: () => Promise<void>
}

/**
 * Boots the built site against a stand-in for the CMS intake route (no real CMS), with the
 * intake token and a file outbox of its own; `env` adds lead settings (rate limits, relay…).
 */
export async function startLeadSite(env: Record<string, string>): Promise<LeadSite> {
  const outboxDir = mkdtempSync(join(tmpdir(), 'lead-outbox-'))
  const intake = await startFakeIntake(INTAKE_TOKEN)
  const cleanUp = async () => {
    await intake.stop()
    rmSync(outboxDir, { recursive: true, force: true })
  }
  try {
    const web = await startWebServer({
      cmsUrl: intake.url,
      env: { NUXT_LEAD_INTAKE_TOKEN: INTAKE_TOKEN, NUXT_LEAD_OUTBOX_DIR: outboxDir, ...env },
    })
    const stop = async () => {
      await web.stop()
      await cleanUp()
    }
    return { intake, web, outboxDir, stop }
  } catch (error) {
    await cleanUp()
    throw error
  }
}
