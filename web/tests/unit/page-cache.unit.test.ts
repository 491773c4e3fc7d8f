import { createStorage, prefixStorage, type Storage } from 'unstorage'
import { describe, expect, it } from 'vitest'
import {
  currentGeneration,
  dataGeneration,
  kindGeneration,
  PAGES_GENERATION,
} from '../../server/utils/cache-generation'
import { purgeDataCache, purgePageCache, secretMatches } from '../../server/utils/page-cache'

/** Storage keys without the purge generations, which purges write. */
const cachedKeys = async (storage: Storage) =>
  (await storage.getKeys()).filter((key) => !key.startsWith('cache:generation:'))

describe('purgePageCache', () => {
  it('drops cached pages, handlers and payloads, and nothing else in storage', async () => {
    const storage = createStorage()
    const cached = [
      'cache:nitro:routes:_:index.abc.json',
      'cache:nitro:routes:_:apisite.def.json',
      'cache:nitro:handlers:_:x.json',
      'cache:nuxt:payload:articles',
    ]
    const kept = [
      'lead:outbox:1',
      'lead:rate:ip',
      'lead:secrets:form',
      'cache:other:z',
      'cache:nitro:functions:cms-article:ketamine-and-ptsd:g0.json',
    ]
    for (const key of [...cached, ...kept]) await storage.setItem(key, 'value')

    const before = await currentGeneration(prefixStorage(storage, 'cache'), PAGES_GENERATION)
    expect(await purgePageCache(prefixStorage(storage, 'cache'))).toBe(cached.length)
    expect((await cachedKeys(storage)).sort()).toEqual([...kept].sort())
    // Renders in flight were keyed by the old generation: they are never looked up again.
    expect(await storage.getItem(`cache:${PAGES_GENERATION}`)).not.toBe(before)
  })
})

describe('purgeDataCache', () => {
  const entries = [
    'cache:nitro:functions:cms-site:index:g0.json',
    'cache:nitro:functions:cms-home:index:g0.json',
    'cache:nitro:functions:cms-article:ketamine-and-ptsd:g0.json',
    'cache:nitro:functions:cms-articles:1:g0.json',
    'cache:nitro:functions:cms-condition:ptsd:g0.json',
    'cache:nitro:functions:cms-conditions:index:g0.json',
    'cache:nitro:functions:cms-location:fort-worth:g0.json',
    'cache:nitro:functions:cms-locations:index:g0.json',
    'cache:nitro:functions:cms-page:financing:g0.json',
    'cache:nitro:functions:cms-indexable:articles:g0.json',
  ]
  const others = [
    'cache:nitro:routes:_:index.abc.json',
    'lead:outbox:1',
    'cache:nitro:functions:x:y.json',
  ]
  const left = async (model: string | undefined) => {
    const storage = createStorage()
    for (const key of [...entries, ...others]) await storage.setItem(key, 'value')
    const removed = await purgeDataCache(prefixStorage(storage, 'cache'), model)
    const keys = await cachedKeys(storage)
    expect(keys.length).toBe(entries.length + others.length - removed)
    return keys.filter((key) => entries.includes(key)).map((key) => key.split(':')[3])
  }

  it.each([
    [
      'a location',
      'location',
      ['site', 'home', 'article', 'articles', 'condition', 'conditions', 'page'],
    ],
    [
      'the home page',
      'home-page',
      [
        'site',
        'article',
        'articles',
        'condition',
        'conditions',
        'location',
        'locations',
        'page',
        'indexable',
      ],
    ],
    [
      'a condition (shown on articles, locations and the home page too)',
      'condition',
      ['site', 'articles', 'page'],
    ],
    [
      'an article (listed on conditions and the home page)',
      'article',
      ['site', 'conditions', 'location', 'locations', 'page'],
    ],
    [
      'a page (the settings link the privacy policy)',
      'page',
      ['home', 'article', 'articles', 'condition', 'conditions', 'location', 'locations'],
    ],
    ['a model it does not know', 'something-new', []],
    ['no model', undefined, []],
  ])(
    'on a change to %s, drops the reads that show it and keeps the others',
    async (_, model, kept) => {
      expect((await left(model)).sort()).toEqual([...kept].map((kind) => `cms-${kind}`).sort())
    },
  )

  it('on a change to one named location, keeps the other locations', async () => {
    const storage = createStorage()
    const other = 'cache:nitro:functions:cms-location:dallas:g0.json'
    for (const key of [...entries, other]) await storage.setItem(key, 'value')
    await purgeDataCache(prefixStorage(storage, 'cache'), 'location', 'fort-worth')
    const keys = await cachedKeys(storage)
    expect(keys).toContain(other)
    expect(keys).not.toContain('cache:nitro:functions:cms-location:fort-worth:g0.json')
    expect(keys).not.toContain('cache:nitro:functions:cms-locations:index:g0.json')
    expect(keys).toContain('cache:nitro:functions:cms-article:ketamine-and-ptsd:g0.json')
  })

  it('starts a new generation for the kinds it drops, and for a named entry only that entry', async () => {
    const cache = prefixStorage(createStorage(), 'cache')
    const generations = () =>
      Promise.all([
        dataGeneration(cache, 'location', 'fort-worth'),
        dataGeneration(cache, 'location', 'dallas'),
        dataGeneration(cache, 'locations', 'index'),
        dataGeneration(cache, 'article', 'ketamine-and-ptsd'),
      ])
    const [fortWorth, dallas, list, article] = await generations()
    // Stable between purges: concurrent reads of one entry share one key.
    expect(await generations()).toEqual([fortWorth, dallas, list, article])

    await purgeDataCache(cache, 'location', 'fort-worth')
    const [fortWorthAfter, dallasKept, listAfter, articleKept] = await generations()
    expect(fortWorthAfter).not.toBe(fortWorth)
    expect(listAfter).not.toBe(list)
    expect([dallasKept, articleKept]).toEqual([dallas, article])

    await purgeDataCache(cache, 'location')
    const [, dallasAfter] = await generations()
    expect(dallasAfter).not.toBe(dallas)
  })

  it('starts a missing generation afresh rather than from a default', async () => {
    const cache = prefixStorage(createStorage(), 'cache')
    const first = await currentGeneration(cache, kindGeneration('site'))
    expect(first).toMatch(/^g[0-9a-f]{12}$/)
    expect(await currentGeneration(cache, kindGeneration('site'))).toBe(first)
    // Evicted (or never written): a new value, never the one a late write may still carry.
    await cache.removeItem(kindGeneration('site'))
    expect(await currentGeneration(cache, kindGeneration('site'))).not.toBe(first)
  })

  it('never touches pages or other storage', async () => {
    const storage = createStorage()
    for (const key of others) await storage.setItem(key, 'value')
    expect(await purgeDataCache(prefixStorage(storage, 'cache'), undefined)).toBe(0)
  })
})

describe('secretMatches', () => {
  it.each([
    ['accepts the same secret', 'secret-123', 'secret-123', true],
    ['rejects another secret', 'secret-124', 'secret-123', false],
    ['rejects a longer one', 'secret-1234', 'secret-123', false],
    ['rejects an empty one', '', 'secret-123', false],
    ['rejects a missing one', undefined, 'secret-123', false],
    ['rejects anything when none is configured', '', '', false],
  ])('%s', (_, given, expected, matches) => {
    expect(secretMatches(given, expected)).toBe(matches)
  })
})
