#!/usr/bin/env node
// Compiles the lead contract (packages/lead-contract) to CommonJS in its dist/, which the
// compiled CMS requires at run time (the site bundles its TypeScript source instead). Run before
// every CMS build and by the tests' global setup, so the CMS never runs a stale contract.
import { spawnSync } from 'node:child_process'
import { realpathSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const link = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'node_modules',
  '@vigeo',
  'lead-contract',
)

export function buildLeadContract() {
  // The package itself, not the link: its tsconfig extends the repository's by a relative path.
  const contractDir = realpathSync(link)
  const tsc = createRequire(join(contractDir, 'package.json')).resolve('typescript/bin/tsc')
  const result = spawnSync(
    process.execPath,
    [tsc, '-p', join(contractDir, 'tsconfig.build.json')],
    { stdio: 'inherit' },
  )
  if (result.status !== 0) {
    throw new Error('Could not compile the lead contract (packages/lead-contract).')
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildLeadContract()
