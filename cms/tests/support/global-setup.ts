import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildLeadContract } from '../../scripts/build-lead-contract.mjs'

/** Compiles the TypeScript app once (to cms/dist) for every integration test file. */
export default async function setup() {
  buildLeadContract()
  const appDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
  // The ESM build of @strapi/strapi does a directory import that Node rejects.
  const { compileStrapi } = createRequire(import.meta.url)(
    '@strapi/strapi',
  ) as typeof import('@strapi/strapi')
  await compileStrapi({ appDir })
}
