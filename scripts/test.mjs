#!/usr/bin/env node
// README command 2: install, build, and run every test suite (CMS, then site).
// DATABASE_CLIENT=postgres runs the CMS-backed tests against PostgreSQL (DATABASE_HOST etc.).
import { build, checkNode, ensureSystemPackages, install, log, run } from './lib.mjs'

checkNode()
ensureSystemPackages()
try {
  await install()
  await build()
  log(`Running the CMS tests (${process.env.DATABASE_CLIENT ?? 'sqlite'})...`)
  await run(['--filter', '@vigeo/cms', 'test'])
  log('Running the site tests...')
  await run(['--filter', '@vigeo/web', 'test'])
  log('All tests passed.')
} catch (error) {
  console.error(`\x1b[31m[test]\x1b[0m ${error.message}`)
  process.exit(1)
}
