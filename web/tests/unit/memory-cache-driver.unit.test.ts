import { createStorage } from 'unstorage'
import { describe, expect, it } from 'vitest'
import { memoryCacheDriver } from '../../server/utils/memory-cache-driver'

const storageOf = (maxEntries: number, maxBytes = 1024 * 1024) =>
  createStorage({ driver: memoryCacheDriver({ maxEntries, maxBytes }) })

describe('the in-memory page cache', () => {
  it('keeps at most maxEntries, evicting the least recently used', async () => {
    const storage = storageOf(3)
    for (const key of ['a', 'b', 'c']) await storage.setItem(key, { value: key })
    await storage.getItem('a')
    await storage.setItem('d', { value: 'd' })
    expect((await storage.getKeys()).sort()).toEqual(['a', 'c', 'd'])
  })

  it('keeps at most maxBytes of serialised values', async () => {
    const storage = storageOf(1000, 10_000)
    for (let i = 0; i < 50; i++) await storage.setItem(`page-${i}`, { body: 'x'.repeat(1000) })
    const keys = await storage.getKeys()
    expect(keys.length).toBeLessThanOrEqual(10)
    expect(keys).toContain('page-49')
  })

  it('returns what was stored, as a copy a reader may change', async () => {
    const storage = storageOf(10)
    await storage.setItem('entry', { expires: 1, value: { body: '<p>page</p>' } })
    const first = await storage.getItem<{ expires: number }>('entry')
    first!.expires = 2
    expect(await storage.getItem('entry')).toEqual({ expires: 1, value: { body: '<p>page</p>' } })
    await storage.setItem('text', 'plain')
    expect(await storage.getItem('text')).toBe('plain')
  })

  it('honours a ttl', async () => {
    const storage = storageOf(10)
    await storage.setItem('short', { a: 1 }, { ttl: 0.05 })
    expect(await storage.hasItem('short')).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 120))
    expect(await storage.getItem('short')).toBeNull()
  })

  it('keeps a cached response body as UTF-8 bytes, so a hit writes them as they are', async () => {
    const storage = storageOf(10)
    const entry = { value: { code: 200, headers: {}, body: '<p>Café ☕</p>' } }
    await storage.setItem('nitro:routes:_:article.json', entry)
    const hit = await storage.getItem<{ value: { body: unknown } }>('nitro:routes:_:article.json')
    expect(Buffer.isBuffer(hit?.value.body)).toBe(true)
    expect(String(hit?.value.body)).toBe('<p>Café ☕</p>')
    await storage.setItem('nitro:functions:cms:data.json', entry)
    expect(await storage.getItem('nitro:functions:cms:data.json')).toEqual(entry)
  })

  it('keeps a cached CMS read shared by every page that reads it, and unchangeable', async () => {
    const storage = storageOf(10)
    const key = 'nitro:functions:cms-article:ptsd.json'
    await storage.setItem(key, { mtime: 1, value: { found: true, value: { tags: ['a'] } } })
    type Read = { mtime: number; value: { value: { tags: string[] } } }
    const [first, second] = [await storage.getItem<Read>(key), await storage.getItem<Read>(key)]
    expect(first?.value).toBe(second?.value)
    expect(() => first?.value.value.tags.push('b')).toThrow(TypeError)
    first!.mtime = 2
    expect((await storage.getItem<Read>(key))?.mtime).toBe(1)
  })
})
