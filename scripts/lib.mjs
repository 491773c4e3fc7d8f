// Shared steps of the two README commands (start and test): get pnpm, install, build when stale.
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const PNPM_VERSION = JSON.parse(
  readFileSync(join(root, 'package.json'), 'utf8'),
).packageManager.split('@')[1]

export const log = (message) => console.log(`\x1b[36m[setup]\x1b[0m ${message}`)

export function fail(message) {
  console.error(`\x1b[31m[setup]\x1b[0m ${message}`)
  process.exit(1)
}

export function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number)
  if (major < 20 || (major === 20 && minor < 19) || major > 22) {
    fail(`Node ${process.versions.node} is not supported: use Node 20.19+ or 22.`)
  }
}

/** The environment for installs and builds: quiet, offline-friendly, native builds that work. */
export function toolEnv(extra = {}) {
  const env = {
    ...process.env,
    STRAPI_TELEMETRY_DISABLED: 'true',
    NUXT_TELEMETRY_DISABLED: '1',
    ...extra,
  }
  // better-sqlite3 builds from source when its prebuilt binary cannot be downloaded; node-gyp
  // then needs the local Node headers rather than fetching them.
  if (!env.npm_config_nodedir) {
    const prefix = dirname(dirname(process.execPath))
    if (existsSync(join(prefix, 'include', 'node', 'node.h'))) env.npm_config_nodedir = prefix
  }
  return env
}

/** The pnpm command: the workspace's own copy once installed, else the pinned version via npx. */
function pnpmCommand() {
  const local = join(root, 'node_modules', '.bin', 'pnpm')
  if (existsSync(local)) return [local, []]
  const global = spawnSync('pnpm', ['--version'], { encoding: 'utf8' })
  if (global.status === 0 && global.stdout.trim() === PNPM_VERSION) return ['pnpm', []]
  return ['npx', ['--yes', `pnpm@${PNPM_VERSION}`]]
}

export function run(args, { cwd = root, env = toolEnv() } = {}) {
  const [command, prefix] = pnpmCommand()
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...prefix, ...args], { cwd, env, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`pnpm ${args.join(' ')} failed (${signal ?? `exit code ${code}`})`)),
    )
  })
}

/**
 * Browser and HTML-validator tests need Chromium and Java from the system. On a machine where we
 * are root with apt (the project's CI and dev machines), install what is missing; elsewhere say
 * exactly what to install.
 */
export function ensureSystemPackages() {
  const missing = [
    ['chromium', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'],
    ['default-jre-headless', 'java'],
  ].filter(([, command]) => spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0)
  if (missing.length === 0) return
  const packages = missing.map(([name]) => name)
  const canApt =
    process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0
  if (!canApt) {
    fail(`The browser and HTML-validity tests need: ${packages.join(', ')}. Install them, e.g.
  sudo apt-get install -y ${packages.join(' ')}
(or set CHROMIUM_PATH to a Chromium binary).`)
  }
  log(`Installing ${packages.join(', ')} with apt-get (browser and HTML-validity tests)...`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', ...packages],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env })
    if (result.status !== 0) fail(`apt-get ${args.join(' ')} failed.`)
  }
}

export async function install() {
  log('Installing dependencies (pnpm install)...')
  await run(['install', '--frozen-lockfile'])
}

/** A fingerprint of the sources a build depends on: paths, sizes and modification times. */
function fingerprint(dir, entries) {
  const hash = createHash('sha256')
  const walk = (path) => {
    if (!existsSync(path)) return
    const stat = statSync(path)
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) walk(join(path, name))
    } else {
      hash.update(`${path}:${stat.size}:${stat.mtimeMs}\n`)
    }
  }
  for (const entry of entries) walk(join(dir, entry))
  return hash.digest('hex')
}

// The lead contract is compiled for the CMS (which requires its dist) and bundled from source
// by the site: a change to it rebuilds both.
const CONTRACT = '../packages/lead-contract/src'

const BUILDS = [
  {
    name: '@vigeo/cms',
    dir: join(root, 'cms'),
    inputs: ['src', 'config', 'package.json', 'tsconfig.json', 'favicon.png', CONTRACT],
    output: 'dist/build/index.html',
    stamp: 'dist/.build-fingerprint',
  },
  {
    name: '@vigeo/web',
    dir: join(root, 'web'),
    inputs: ['app', 'server', 'shared', 'public', 'nuxt.config.ts', 'package.json', CONTRACT],
    output: '.output/server/index.mjs',
    stamp: '.output/.build-fingerprint',
  },
]

/** Builds the CMS (server and admin panel) and the site, skipping whichever is up to date. */
export async function build() {
  for (const target of BUILDS) {
    const current = fingerprint(target.dir, target.inputs)
    const stampFile = join(target.dir, target.stamp)
    const upToDate =
      existsSync(join(target.dir, target.output)) &&
      existsSync(stampFile) &&
      readFileSync(stampFile, 'utf8') === current
    if (upToDate) {
      log(`${target.name} is already built.`)
      continue
    }
    log(`Building ${target.name}...`)
    await run(['--filter', target.name, 'run', 'build'])
    writeFileSync(stampFile, current)
  }
}
