/** The kinds of CMS read the data cache keeps (server/utils/cms-data.ts), one entry per key. */
export const DATA_KINDS = [
  'site',
  'home',
  'article',
  'articles',
  'condition',
  'conditions',
  'location',
  'locations',
  'page',
  'indexable',
] as const
export type DataKind = (typeof DATA_KINDS)[number]

/** The kinds read by slug, one entry per document, that a purge naming an entry can target. */
export const ENTRY_KINDS = [
  'article',
  'condition',
  'location',
  'page',
] as const satisfies readonly DataKind[]
export type EntryKind = (typeof ENTRY_KINDS)[number]

/**
 * The name of a kind's cached function, so its entries are
 * `cache:nitro:functions:<name>:<key>:<generation>.json` (server/utils/cache-generation.ts).
 */
export const dataCacheName = (kind: DataKind) => `cms-${kind}`

/** Where the entries of one kind live inside the `cache` storage. */
export const dataCacheBase = (kind: DataKind) => `nitro:functions:${dataCacheName(kind)}`
