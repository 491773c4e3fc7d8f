import { createStorage, prefixStorage } from 'unstorage'
import { describe, expect, it } from 'vitest'
import { purgeDataCache, purgePageCache, secretMatches } from '../../server/utils/page-cache'

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
      'cache:nitro:functions:cms-article:ketamine-and-ptsd.json',
    ]
    for (const key of [...cached, ...kept]) await storage.setItem(key, 'value')

    expect(await purgePageCache(prefixStorage(storage, 'cache'))).toBe(cached.length)
    expect((await storage.getKeys()).sort()).toEqual([...kept].sort())
  })
})

describe('purgeDataCache', () => {
  const entries = [
    'cache:nitro:functions:cms-site:index.json',
    'cache:nitro:functions:cms-home:index.json',
    'cache:nitro:functions:cms-article:ketamine-and-ptsd.json',
    'cache:nitro:functions:cms-articles:1.json',
    'cache:nitro:functions:cms-condition:ptsd.json',
    'cache:nitro:functions:cms-conditions:index.json',
    'cache:nitro:functions:cms-location:fort-worth.json',
    'cache:nitro:functions:cms-locations:index.json',
    'cache:nitro:functions:cms-page:financing.json',
    'cache:nitro:functions:cms-indexable:articles.json',
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
    const keys = await storage.getKeys()
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
    const other = 'cache:nitro:functions:cms-location:dallas.json'
    for (const key of [...entries, other]) await storage.setItem(key, 'value')
    await purgeDataCache(prefixStorage(storage, 'cache'), 'location', 'fort-worth')
    const keys = await storage.getKeys()
    expect(keys).toContain(other)
    expect(keys).not.toContain('cache:nitro:functions:cms-location:fort-worth.json')
    expect(keys).not.toContain('cache:nitro:functions:cms-locations:index.json')
    expect(keys).toContain('cache:nitro:functions:cms-article:ketamine-and-ptsd.json')
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
