import { createStorage, prefixStorage } from 'unstorage'
import { describe, expect, it } from 'vitest'
import { purgePageCache, secretMatches } from '../../server/utils/page-cache'

describe('purgePageCache', () => {
  it('drops cached pages, API responses and payloads, and nothing else in storage', async () => {
    const storage = createStorage()
    const cached = [
      'cache:nitro:routes:_:index.abc.json',
      'cache:nitro:routes:_:apisite.def.json',
      'cache:nitro:handlers:_:x.json',
      'cache:nitro:functions:cms:y.json',
      'cache:nuxt:payload:articles',
    ]
    const kept = ['lead:outbox:1', 'lead:rate:ip', 'lead:secrets:form', 'cache:other:z']
    for (const key of [...cached, ...kept]) await storage.setItem(key, 'value')

    expect(await purgePageCache(prefixStorage(storage, 'cache'))).toBe(cached.length)
    expect((await storage.getKeys()).sort()).toEqual([...kept].sort())
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
