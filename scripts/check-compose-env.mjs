#!/usr/bin/env node
// Checks that every environment variable docker-compose.yml passes to the `cms` and `web` services
// is actually read by that app, so a typo or a stale name cannot silently configure nothing.
//
//   node scripts/check-compose-env.mjs [path/to/docker-compose.yml]
//
// cms: a name counts as read when it appears in an `env('NAME'` / `env.int('NAME'` /
//      `env.bool('NAME'` / `env.array('NAME'` (…) call under cms/config, or as `process.env.NAME`
//      under cms/src or cms/scripts, or is in CMS_PLATFORM_VARS below.
// web: a name counts as read when it is in WEB_PLATFORM_VARS below, or is a `NUXT_…` name that
//      Nuxt maps onto a key of `runtimeConfig` in web/nuxt.config.ts (camelCase keys, nested
//      objects joined with `_`: NUXT_CMS_URL → cmsUrl, NUXT_PUBLIC_SITE_URL → public.siteUrl).
//
// Exits 1 listing the names an app does not read. The check is exported for tests:
// `checkComposeEnv({ root })`.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'
import { parse as parseYaml } from 'yaml'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Read by the runtime or by Strapi itself rather than by the app's own code. */
export const CMS_PLATFORM_VARS = {
  NODE_ENV: 'Node/Strapi environment (production in the image)',
  STRAPI_TELEMETRY_DISABLED: 'read by Strapi itself: turns its telemetry off',
}

/** Read by Nitro / Nuxt themselves rather than through runtimeConfig. */
export const WEB_PLATFORM_VARS = {
  NITRO_HOST: 'address the Nitro node server listens on',
  NITRO_PORT: 'port the Nitro node server listens on',
  NODE_ENV: 'Node environment (production in the image)',
  NUXT_TELEMETRY_DISABLED: 'read by Nuxt itself: turns its telemetry off',
}

/** Keys Nuxt always adds to runtimeConfig.app (overridable as NUXT_APP_…). */
const NUXT_BUILTIN_RUNTIME_CONFIG = { app: { baseURL: '', buildAssetsDir: '', cdnURL: '' } }

const SOURCE_EXTENSIONS = /\.(?:[cm]?[jt]s|tsx)$/

function listFiles(dir, { recursive = true } = {}) {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return []
  }
  const files = []
  for (const entry of entries) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (recursive) files.push(...listFiles(path, { recursive }))
    } else if (SOURCE_EXTENSIONS.test(entry.name)) {
      files.push(path)
    }
  }
  return files
}

/**
 * Environment variable names passed to each service of a compose file: `environment` as a map or
 * as a `KEY=value` / `KEY` list. Names coming only from an `env_file` cannot be known and are
 * reported in `envFiles`.
 */
export function composeServiceEnv(composeText) {
  const doc = parseYaml(composeText) ?? {}
  const services = {}
  for (const [name, service] of Object.entries(doc.services ?? {})) {
    const environment = service?.environment ?? {}
    const names = Array.isArray(environment)
      ? environment.map((item) => String(item).split('=')[0].trim())
      : Object.keys(environment)
    const envFile = service?.env_file
    const envFiles = envFile === undefined ? [] : [envFile].flat()
    services[name] = {
      names: [...new Set(names)].filter(Boolean),
      envFiles: envFiles.map((file) => (typeof file === 'string' ? file : file?.path)),
    }
  }
  return services
}

/** Names the CMS reads: env helper calls in cms/config, process.env in cms/src and cms/scripts. */
export function cmsReadNames(root = ROOT) {
  const found = new Map()
  const add = (name, file) => {
    if (!found.has(name)) found.set(name, relative(root, file))
  }
  const envCall =
    /\benv(?:\.(?:int|float|bool|json|array|date|oneOf))?\(\s*['"`]([A-Za-z0-9_]+)['"`]/g
  for (const file of listFiles(join(root, 'cms', 'config'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(envCall)) add(match[1], file)
  }
  const processEnv =
    /\bprocess\.env(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[\s*['"`]([A-Za-z0-9_]+)['"`]\s*\])/g
  for (const dir of ['src', 'scripts']) {
    for (const file of listFiles(join(root, 'cms', dir))) {
      for (const match of readFileSync(file, 'utf8').matchAll(processEnv)) {
        add(match[1] ?? match[2], file)
      }
    }
  }
  return found
}

/** scule-style split of a key into words ("cmsTimeoutMs" → cms Timeout Ms, "cdnURL" → cdn URL). */
export function toEnvSegment(key) {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase()
}

function propertyName(node) {
  const name = node.name
  if (!name) return undefined
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) {
    return name.text
  }
  return undefined
}

/** `{…} as X`, `{…} satisfies X` and `({…})` all stand for the object literal inside. */
function unwrap(node) {
  let value = node
  while (
    ts.isAsExpression(value) ||
    ts.isSatisfiesExpression(value) ||
    ts.isParenthesizedExpression(value)
  ) {
    value = value.expression
  }
  return value
}

function objectLiteralToKeys(node) {
  const out = {}
  for (const property of node.properties) {
    const key = propertyName(property)
    if (key === undefined) continue
    if (ts.isPropertyAssignment(property)) {
      const value = unwrap(property.initializer)
      out[key] = ts.isObjectLiteralExpression(value) ? objectLiteralToKeys(value) : ''
    } else if (ts.isShorthandPropertyAssignment(property)) {
      out[key] = ''
    }
  }
  return out
}

/** The key tree of `runtimeConfig` in a nuxt.config.ts source text (static, nothing is run). */
export function runtimeConfigKeys(source) {
  const file = ts.createSourceFile('nuxt.config.ts', source, ts.ScriptTarget.Latest, true)
  let result
  const visit = (node) => {
    if (result) return
    if (
      ts.isPropertyAssignment(node) &&
      propertyName(node) === 'runtimeConfig' &&
      ts.isObjectLiteralExpression(unwrap(node.initializer))
    ) {
      result = objectLiteralToKeys(unwrap(node.initializer))
      return
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return result
}

/**
 * NUXT_… names Nuxt applies to a runtimeConfig key tree, mapped to their key path. An object key
 * gets a name too (Nuxt merges a JSON value into it); `leaf` tells the plain values apart.
 */
export function nuxtEnvNames(keys, prefix = 'NUXT_', path = []) {
  const names = new Map()
  for (const [key, value] of Object.entries(keys)) {
    const name = `${prefix}${toEnvSegment(key)}`
    const isObject = value !== null && typeof value === 'object'
    names.set(name, { path: [...path, key].join('.'), leaf: !isObject })
    if (isObject) {
      for (const [childName, child] of nuxtEnvNames(value, `${name}_`, [...path, key])) {
        names.set(childName, child)
      }
    }
  }
  return names
}

/**
 * Names the web app reads as NUXT_… runtimeConfig overrides (name → "runtimeConfig.path"). With
 * `{ leavesOnly: true }`, only the app's own plain values (no objects, no built-in app.* keys).
 */
export function webReadNames(root = ROOT, { leavesOnly = false } = {}) {
  const configPath = join(root, 'web', 'nuxt.config.ts')
  const keys = runtimeConfigKeys(readFileSync(configPath, 'utf8'))
  if (!keys) throw new Error(`No runtimeConfig object found in ${relative(root, configPath)}`)
  const found = new Map()
  const own = nuxtEnvNames(keys)
  if (!leavesOnly) {
    for (const [name, { path }] of nuxtEnvNames(NUXT_BUILTIN_RUNTIME_CONFIG)) {
      found.set(name, `runtimeConfig.${path} (built into Nuxt)`)
    }
  }
  for (const [name, { path, leaf }] of own) {
    if (leaf || !leavesOnly) found.set(name, `runtimeConfig.${path}`)
  }
  return found
}

/**
 * Compares what the compose file passes to `cms` and `web` with what each app reads.
 * Returns `{ ok, services: { cms, web } }`; each service lists `checked` (name → where it is
 * read), `unread` (names the app does not read), `notPassed` (names the app reads that compose
 * does not pass; informational) and `envFiles`.
 */
export function checkComposeEnv({
  root = ROOT,
  composePath = join(root, 'docker-compose.yml'),
} = {}) {
  const services = composeServiceEnv(readFileSync(composePath, 'utf8'))
  const cmsReads = cmsReadNames(root)
  const apps = {
    cms: { reads: cmsReads, own: [...cmsReads.keys()], platform: CMS_PLATFORM_VARS },
    web: {
      reads: webReadNames(root),
      own: [...webReadNames(root, { leavesOnly: true }).keys()],
      platform: WEB_PLATFORM_VARS,
    },
  }
  const report = { ok: true, composePath, services: {} }
  for (const [service, { reads, own, platform }] of Object.entries(apps)) {
    const passed = services[service]
    if (!passed) {
      report.ok = false
      report.services[service] = { missingService: true, checked: [], unread: [], notPassed: [] }
      continue
    }
    const checked = []
    const unread = []
    for (const name of passed.names) {
      if (reads.has(name)) checked.push({ name, readIn: reads.get(name) })
      else if (Object.hasOwn(platform, name))
        checked.push({ name, readIn: `platform: ${platform[name]}` })
      else unread.push(name)
    }
    const notPassed = own.filter((name) => !passed.names.includes(name)).sort()
    if (unread.length > 0) report.ok = false
    report.services[service] = { checked, unread, notPassed, envFiles: passed.envFiles }
  }
  return report
}

function main() {
  const composeArg = process.argv[2]
  const report = checkComposeEnv(composeArg ? { composePath: resolve(composeArg) } : {})
  console.log(
    `Environment passed by ${relative(process.cwd(), report.composePath) || report.composePath}:`,
  )
  for (const [service, result] of Object.entries(report.services)) {
    console.log(`\n[${service}]`)
    if (result.missingService) {
      console.log(`  ✗ service "${service}" is not defined`)
      continue
    }
    for (const { name, readIn } of result.checked) console.log(`  ✓ ${name.padEnd(28)} ${readIn}`)
    for (const name of result.unread) console.log(`  ✗ ${name.padEnd(28)} not read by ${service}`)
    for (const file of result.envFiles) {
      console.log(`  ! env_file ${file}: its names are not checked`)
    }
    if (result.notPassed.length > 0) {
      console.log(
        `  (read by ${service} but not passed, defaults apply: ${result.notPassed.join(', ')})`,
      )
    }
  }
  const unread = Object.entries(report.services).flatMap(([service, result]) =>
    result.missingService
      ? [`${service} (service missing)`]
      : result.unread.map((n) => `${service}: ${n}`),
  )
  if (!report.ok) {
    console.error(`\nNot read by the app: ${unread.join(', ')}`)
    process.exit(1)
  }
  console.log('\nEvery variable passed to cms and web is read by that app.')
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main()
