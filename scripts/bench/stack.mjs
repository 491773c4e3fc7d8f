// The built CMS and site, booted for `pnpm bench` and `pnpm fuzz` on free ports against a fresh
// seeded database (SQLite in a temporary folder, or a new PostgreSQL database dropped afterwards),
// with the site reading through its provisioned API token (content reads only) and accepting the
// CMS's purge webhook.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root, toolEnv } from '../lib.mjs'

const secret = () => randomBytes(24).toString('base64url')

export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

async function waitFor(url, accept, seconds) {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(accept, () => false)
    if (ok) return
    await sleep(300)
  }
  throw new Error(`${url} did not come up within ${seconds} s`)
}

/** The PostgreSQL server of the usual DATABASE_* variables (as the CMS tests use them). */
function postgresServer() {
  return {
    host: process.env.DATABASE_HOST ?? '127.0.0.1',
    port: Number(process.env.DATABASE_PORT ?? 5432),
    user: process.env.DATABASE_USERNAME ?? 'postgres',
    password: process.env.DATABASE_PASSWORD ?? '',
  }
}

async function postgres(sql) {
  const pg = createRequire(join(root, 'cms', 'package.json'))('pg')
  const client = new pg.Client({ ...postgresServer(), database: 'postgres' })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

async function createDatabase(db, dataDir) {
  if (db === 'sqlite') {
    return {
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: join(dataDir, 'cms.db') },
      drop: async () => {},
    }
  }
  const name = `vigeo_bench_${process.pid}_${randomBytes(3).toString('hex')}`
  await postgres(`CREATE DATABASE "${name}"`)
  const server = postgresServer()
  return {
    env: {
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: '',
      DATABASE_HOST: server.host,
      DATABASE_PORT: String(server.port),
      DATABASE_USERNAME: server.user,
      DATABASE_PASSWORD: server.password,
      DATABASE_NAME: name,
    },
    drop: () => postgres(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  }
}

/** Resident memory of a process in MB, from /proc (Linux). */
export function residentMegabytes(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(status.match(/^VmRSS:\s+(\d+)/m)?.[1])
  return Math.round(kb / 102.4) / 10
}

/**
 * Starts the CMS, then the site. `db`: 'sqlite' or 'postgres'. `siteEnv`: more site settings;
 * `siteNodeArgs`: Node flags for the site (e.g. --cpu-prof). BENCH_VERBOSE=1 shows both logs.
 * Returns the URLs, the processes, the read token and the site's purge secret, and `stop()`.
 */
export async function startStack({ db = 'sqlite', siteEnv = {}, siteNodeArgs = [] } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'vigeo-bench-'))
  const children = []
  const database = await createDatabase(db, dataDir)
  const stop = async () => {
    for (const child of children) {
      // A stopped (SIGSTOP) process must be continued to act on SIGTERM.
      child.kill('SIGCONT')
      child.kill('SIGTERM')
    }
    await Promise.all(
      children.map((child) =>
        child.exitCode !== null || child.signalCode !== null
          ? undefined
          : Promise.race([
              new Promise((resolve) => child.once('exit', resolve)),
              sleep(10_000).then(() => child.kill('SIGKILL')),
            ]),
      ),
    )
    await database.drop()
    rmSync(dataDir, { recursive: true, force: true })
  }
  const start = (command, args, cwd, env) => {
    const child = spawn(command, args, {
      cwd,
      env: toolEnv(env),
      stdio: process.env.BENCH_VERBOSE ? 'inherit' : 'ignore',
    })
    children.push(child)
    return child
  }
  try {
    const [cmsPort, webPort] = [await freePort(), await freePort()]
    const cmsUrl = `http://127.0.0.1:${cmsPort}`
    const siteUrl = `http://127.0.0.1:${webPort}`
    const revalidateSecret = secret()
    const intakeToken = secret()
    // The site's token, provisioned by the CMS at start as in production: content reads only.
    const token = secret()
    const cms = start(
      join(root, 'cms', 'node_modules', '.bin', 'strapi'),
      ['start'],
      join(root, 'cms'),
      {
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(cmsPort),
        ...database.env,
        SERVE_ADMIN_PANEL: 'false',
        CMS_READ_TOKEN: token,
        LEAD_INTAKE_TOKEN: intakeToken,
        WEB_REVALIDATE_URL: `${siteUrl}/api/_revalidate`,
        WEB_REVALIDATE_SECRET: revalidateSecret,
        APP_KEYS: `${secret()},${secret()}`,
        ...Object.fromEntries(
          [
            'API_TOKEN_SALT',
            'ADMIN_JWT_SECRET',
            'TRANSFER_TOKEN_SALT',
            'JWT_SECRET',
            'ENCRYPTION_KEY',
          ].map((name) => [name, secret()]),
        ),
      },
    )
    await waitFor(`${cmsUrl}/_health`, (r) => r.status === 204, 180)
    const site = start(
      process.execPath,
      [...siteNodeArgs, join(root, 'web', '.output', 'server', 'index.mjs')],
      join(root, 'web'),
      {
        NODE_ENV: 'production',
        NITRO_HOST: '127.0.0.1',
        NITRO_PORT: String(webPort),
        NUXT_CMS_URL: cmsUrl,
        NUXT_CMS_TOKEN: token,
        NUXT_PUBLIC_SITE_URL: siteUrl,
        NUXT_REVALIDATE_SECRET: revalidateSecret,
        NUXT_LEAD_INTAKE_TOKEN: intakeToken,
        NUXT_LEAD_OUTBOX_DIR: join(dataDir, 'outbox'),
        ...siteEnv,
      },
    )
    await waitFor(siteUrl, (r) => r.status < 500, 60)
    /** Drops the site's cached pages and data, as a publish in the CMS does. */
    const purge = async (change = { event: 'entry.publish', model: 'bench' }) => {
      const response = await fetch(`${siteUrl}/api/_revalidate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-revalidate-secret': revalidateSecret },
        body: JSON.stringify(change),
      })
      if (!response.ok) throw new Error(`The site's purge answered ${response.status}`)
    }
    return { db, cmsUrl, siteUrl, cms, site, token, purge, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
