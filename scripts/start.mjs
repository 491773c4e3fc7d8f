#!/usr/bin/env node
// README command 1: install, build, then run the CMS and the site together in the foreground,
// both logs interleaved with a prefix. Ctrl-C stops both. CMS_PORT and WEB_PORT pick the ports.
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { build, checkNode, fail, install, log, root, toolEnv } from './lib.mjs'

const cmsPort = Number(process.env.CMS_PORT ?? 1337)
const webPort = Number(process.env.WEB_PORT ?? 3000)

const portIsFree = (port) =>
  new Promise((resolve) => {
    const server = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => server.close(() => resolve(true)))
      .listen(port)
  })

checkNode()
for (const [name, port] of [
  ['CMS_PORT', cmsPort],
  ['WEB_PORT', webPort],
]) {
  if (!(await portIsFree(port))) {
    fail(`Port ${port} is already in use: free it or choose another, e.g. ${name}=${port + 1}.`)
  }
}

try {
  await install()
  await build()
} catch (error) {
  fail(error.message)
}

const cmsUrl = `http://localhost:${cmsPort}`
const webUrl = `http://localhost:${webPort}`
const children = []
let stopping = false

function launch(name, color, command, args, cwd, env) {
  const child = spawn(command, args, { cwd, env: toolEnv(env), stdio: ['ignore', 'pipe', 'pipe'] })
  const prefix = `\x1b[${color}m[${name}]\x1b[0m `
  for (const stream of [child.stdout, child.stderr]) {
    let partial = ''
    stream.on('data', (chunk) => {
      const lines = (partial + chunk).split('\n')
      partial = lines.pop()
      for (const line of lines) process.stdout.write(prefix + line + '\n')
    })
  }
  child.on('exit', (code, signal) => {
    if (stopping) return
    console.error(`${prefix}stopped (${signal ?? `exit code ${code}`}); stopping everything.`)
    shutdown(code || 1)
  })
  children.push(child)
  return child
}

function shutdown(code = 0) {
  stopping = true
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  setTimeout(() => process.exit(code), 3000).unref()
  Promise.all(children.map((c) => c.exitCode ?? new Promise((r) => c.on('exit', r)))).then(() =>
    process.exit(code),
  )
}
process.on('SIGINT', () => shutdown(0))
process.on('SIGTERM', () => shutdown(0))

// Secrets are generated into cms/.env on first run (the build does it too; this covers a deleted file).
const ensureEnv = spawnSync(process.execPath, [join(root, 'cms', 'scripts', 'ensure-env.mjs')], {
  stdio: 'inherit',
})
if (ensureEnv.status !== 0) fail('Could not write cms/.env.')

launch(
  'cms',
  35,
  join(root, 'cms', 'node_modules', '.bin', 'strapi'),
  ['start'],
  join(root, 'cms'),
  {
    HOST: process.env.HOST ?? '0.0.0.0',
    PORT: String(cmsPort),
    // Publishing purges the site's page cache (with WEB_REVALIDATE_SECRET from cms/.env).
    WEB_REVALIDATE_URL:
      process.env.WEB_REVALIDATE_URL ?? `http://127.0.0.1:${webPort}/api/_revalidate`,
  },
)

// The site needs the CMS for every page: start it once the CMS answers.
const deadline = Date.now() + 120_000
while (!stopping) {
  const healthy = await fetch(`${cmsUrl}/_health`).then(
    (r) => r.ok,
    () => false,
  )
  if (healthy) break
  if (Date.now() > deadline) {
    console.error('[setup] The CMS did not become healthy within 2 minutes.')
    shutdown(1)
  }
  await new Promise((r) => setTimeout(r, 500))
}

// The site reads content with the CMS's read token (anonymous callers get nothing), forwards
// consultation requests with its intake token, and accepts its cache purges with the
// revalidation secret (all generated into cms/.env).
const cmsEnv = Object.fromEntries(
  readFileSync(join(root, 'cms', '.env'), 'utf8')
    .split('\n')
    .map((line) => line.match(/^\s*([A-Z0-9_]+)\s*=\s*(.*)$/))
    .filter(Boolean)
    .map(([, name, value]) => [name, value.replace(/^(['"])(.*)\1$/, '$2')]),
)

launch(
  'web',
  32,
  process.execPath,
  [join(root, 'web', '.output', 'server', 'index.mjs')],
  join(root, 'web'),
  {
    NITRO_HOST: process.env.NITRO_HOST ?? '0.0.0.0',
    NITRO_PORT: String(webPort),
    NUXT_CMS_URL: process.env.NUXT_CMS_URL ?? `http://127.0.0.1:${cmsPort}`,
    NUXT_PUBLIC_SITE_URL: process.env.NUXT_PUBLIC_SITE_URL ?? webUrl,
    NUXT_CMS_TOKEN:
      process.env.NUXT_CMS_TOKEN ?? process.env.CMS_READ_TOKEN ?? cmsEnv.CMS_READ_TOKEN ?? '',
    NUXT_LEAD_INTAKE_TOKEN:
      process.env.NUXT_LEAD_INTAKE_TOKEN ??
      process.env.LEAD_INTAKE_TOKEN ??
      cmsEnv.LEAD_INTAKE_TOKEN ??
      '',
    NUXT_REVALIDATE_SECRET:
      process.env.NUXT_REVALIDATE_SECRET ??
      process.env.WEB_REVALIDATE_SECRET ??
      cmsEnv.WEB_REVALIDATE_SECRET ??
      '',
  },
)

while (!stopping) {
  if (
    await fetch(webUrl).then(
      (r) => r.status < 500,
      () => false,
    )
  )
    break
  await new Promise((r) => setTimeout(r, 300))
}
if (!stopping) {
  log('Vigeo Wellness is running:')
  log(`  Site:       ${webUrl}`)
  log(`  CMS admin:  ${cmsUrl}/admin`)
  log(`  CMS API:    ${cmsUrl}/api`)
  log('Press Ctrl-C to stop both.')
}
