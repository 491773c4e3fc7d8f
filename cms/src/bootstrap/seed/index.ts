import type { Core, UID } from '@strapi/strapi'
import { ketamineAndPtsd } from './data/articles/ketamine-and-ptsd'
import { anxiety } from './data/conditions/anxiety'
import { chronicPain } from './data/conditions/chronic-pain'
import { depression } from './data/conditions/depression'
import { ptsd } from './data/conditions/ptsd'
import { homePage } from './data/home-page'
import { fortWorth } from './data/locations/fort-worth'
import { financing } from './data/pages/financing'
import { privacyPolicy } from './data/pages/privacy-policy'
import { siteSettings } from './data/site-settings'
import type { SeedEntry, SeedRefs } from './types'

/** In dependency order: an entry can only relate to entries created before it. */
export const SEED: readonly SeedEntry[] = [
  ptsd,
  depression,
  anxiety,
  chronicPain,
  ketamineAndPtsd,
  fortWorth,
  privacyPolicy,
  financing,
  siteSettings,
  homePage,
]

const LEDGER = { type: 'core', name: 'vigeo', key: 'seed-ledger' } as const

export const seedKey = (entry: SeedEntry) => (entry.slug ? `${entry.uid}:${entry.slug}` : entry.uid)

interface SeedReport {
  created: string[]
  skipped: string[]
}

/**
 * Loads the launch content. Each entry is created once, ever: the ledger remembers what was
 * seeded, so a later run neither overwrites what staff edited nor brings back what they deleted.
 * An entry staff created themselves before the seed ran is left alone too.
 */
export async function runSeed(strapi: Core.Strapi): Promise<SeedReport> {
  const ledger = new Set(((await strapi.store.get(LEDGER)) as string[] | null) ?? [])
  const report: SeedReport = { created: [], skipped: [] }

  const refs: SeedRefs = {
    async slugs(uid, slugs) {
      const found = await strapi
        .documents(uid)
        .findMany({ filters: { slug: { $in: [...slugs] } }, status: 'published', fields: ['slug'] })
      const bySlug = new Map(found.map((doc) => [doc.slug as string, doc.documentId]))
      return slugs.flatMap((slug) => bySlug.get(slug) ?? [])
    },
  }

  for (const entry of SEED) {
    const key = seedKey(entry)
    if (ledger.has(key) || (await exists(strapi, entry))) {
      report.skipped.push(key)
    } else {
      const data = typeof entry.data === 'function' ? await entry.data(refs) : entry.data
      await strapi.documents(entry.uid).create({ data: data as never, status: 'published' })
      report.created.push(key)
    }
    ledger.add(key)
  }

  await strapi.store.set({ ...LEDGER, value: [...ledger] })
  if (report.created.length > 0) {
    strapi.log.info(`[seed] Created ${report.created.length}: ${report.created.join(', ')}`)
  }
  strapi.log.info(
    `[seed] ${report.created.length} created, ${report.skipped.length} already present.`,
  )
  return report
}

async function exists(strapi: Core.Strapi, entry: SeedEntry): Promise<boolean> {
  const filters = entry.slug ? { slug: entry.slug } : {}
  const uid = entry.uid as UID.ContentType
  const count = await strapi.documents(uid).count({ filters, status: 'draft' } as never)
  return count > 0
}
