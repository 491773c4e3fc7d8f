#!/usr/bin/env node
// `pnpm bench`: builds if needed, boots the built CMS (fresh seeded database) and site on free
// ports, and measures each speed goal side by side with its baseline in the same run (see
// scripts/bench/sections.mjs). Prints one table and writes it to bench/results/<time>.md and
// .json, and bench/results/latest.md.
//   --db=sqlite|postgres   the CMS's database (PostgreSQL from the DATABASE_* variables)
//   --only=a,b             sections: weight, warm, cold, cms, memory, outage, lighthouse
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as sections from './bench/sections.mjs'
import { startStack } from './bench/stack.mjs'
import { build, log, root } from './lib.mjs'

// Order matters: the flood and the outage come after the clean measurements.
const ORDER = ['weight', 'warm', 'cold', 'cms', 'lighthouse', 'memory', 'outage']
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
const db = arg('db') ?? (process.env.DATABASE_CLIENT === 'postgres' ? 'postgres' : 'sqlite')
const only = arg('only')?.split(',') ?? ORDER
const unknown = only.filter((name) => !ORDER.includes(name))
if (unknown.length > 0 || !['sqlite', 'postgres'].includes(db)) {
  console.error(`Usage: pnpm bench [--db=sqlite|postgres] [--only=${ORDER.join(',')}]`)
  process.exit(2)
}

const cell = (value) => (value === undefined ? '' : String(value).replaceAll('|', '\\|'))
function markdown(rows, started) {
  const lines = [
    `Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ${db}.`,
    '',
    '| Section | Measure | Result | Baseline (same run) | Ratio | Goal | Met |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${[row.section, row.measure, row.value, row.baseline, row.ratio, row.goal, row.met === undefined ? '' : row.met ? 'yes' : '**no**'].map(cell).join(' | ')} |`,
    ),
  ]
  return lines.join('\n') + '\n'
}

const started = new Date()
await build()
log(`Starting the CMS (${db}) and the site...`)
const stack = await startStack({ db })
const rows = []
try {
  for (const name of ORDER.filter((section) => only.includes(section))) {
    log(`Measuring: ${name}`)
    const result = await sections[name](stack)
    console.table(result.map(({ section: _section, ...row }) => row))
    rows.push(...result)
  }
} finally {
  await stack.stop()
}

const table = markdown(rows, started)
console.log(`\n${table}`)
const dir = join(root, 'bench', 'results')
mkdirSync(dir, { recursive: true })
const stamp = started.toISOString().replace(/[:.]/g, '-')
writeFileSync(join(dir, `${stamp}-${db}.md`), table)
writeFileSync(
  join(dir, `${stamp}-${db}.json`),
  JSON.stringify({ node: process.version, db, rows }, null, 2),
)
writeFileSync(join(dir, 'latest.md'), table)
log(`Wrote bench/results/${stamp}-${db}.md and bench/results/latest.md`)
