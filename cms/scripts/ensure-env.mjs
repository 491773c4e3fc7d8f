#!/usr/bin/env node
// Creates cms/.env with fresh random secrets on first run, and adds any secret that is missing
// from an existing one. Never overwrites a value, never prints a secret.
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const envFile = join(dirname(fileURLToPath(import.meta.url)), '..', '.env')
const secret = () => randomBytes(24).toString('base64')

const SECRETS = {
  APP_KEYS: () => [secret(), secret(), secret(), secret()].join(','),
  API_TOKEN_SALT: secret,
  ADMIN_JWT_SECRET: secret,
  TRANSFER_TOKEN_SALT: secret,
  JWT_SECRET: secret,
  ENCRYPTION_KEY: secret,
  // Shared with the site's server (NUXT_LEAD_INTAKE_TOKEN): the API token it sends leads with.
  LEAD_INTAKE_TOKEN: () => randomBytes(32).toString('base64url'),
  // Shared with the site's server (NUXT_CMS_TOKEN): the read-only API token it reads content with.
  CMS_READ_TOKEN: () => randomBytes(32).toString('base64url'),
  // Shared with the site's server (NUXT_REVALIDATE_SECRET): the CMS purges its page cache with it.
  WEB_REVALIDATE_SECRET: () => randomBytes(32).toString('base64url'),
}

const current = existsSync(envFile) ? readFileSync(envFile, 'utf8') : ''
const defined = new Set(
  current
    .split('\n')
    .map((line) => line.match(/^\s*([A-Z0-9_]+)\s*=/)?.[1])
    .filter(Boolean),
)
const missing = Object.keys(SECRETS).filter((name) => !defined.has(name) && !process.env[name])

if (missing.length > 0) {
  const lines = missing.map((name) => `${name}=${SECRETS[name]()}`)
  const header = current ? '' : '# Generated on first run. Keep it secret; it is git-ignored.\n'
  const separator = current && !current.endsWith('\n') ? '\n' : ''
  writeFileSync(envFile, `${current}${separator}${header}${lines.join('\n')}\n`, { mode: 0o600 })
  console.log(`[env] Wrote ${missing.join(', ')} to cms/.env`)
}
