import { describe, expect, it } from 'vitest'
import { createMemoryCounter, hitRateLimit } from '../../server/utils/lead/rate-limit'

describe('in-process rate-limit counters', () => {
  it('counts hits in a fixed window and starts again once it is over', async () => {
    const counter = createMemoryCounter()
    expect(await counter.hit('a', 1000, 0)).toEqual({ count: 1, resetInMs: 1000 })
    expect(await counter.hit('a', 1000, 400)).toEqual({ count: 2, resetInMs: 600 })
    expect(await counter.hit('b', 1000, 400)).toEqual({ count: 1, resetInMs: 1000 })
    expect(await counter.hit('a', 1000, 1000)).toEqual({ count: 1, resetInMs: 1000 })
  })

  it('never loses a hit among concurrent requests', async () => {
    const counter = createMemoryCounter()
    const hits = await Promise.all(Array.from({ length: 50 }, () => counter.hit('x', 60_000)))
    expect(hits.map((hit) => hit.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    )
  })

  it('forgets expired windows, so memory does not grow with every address ever seen', async () => {
    const counter = createMemoryCounter()
    for (let i = 0; i < 1000; i += 1) await counter.hit(`ip-${i}`, 1000, 0)
    expect(counter.size()).toBe(1000)
    await counter.hit('later', 1000, 5000)
    expect(counter.size()).toBe(1)
  })

  it('keeps at most maxKeys windows, dropping the oldest', async () => {
    const counter = createMemoryCounter(3)
    for (const id of ['a', 'b', 'c', 'd']) await counter.hit(id, 60_000, 0)
    expect(counter.size()).toBe(3)
    // "a" was dropped: it starts a new window.
    expect((await counter.hit('a', 60_000, 1)).count).toBe(1)
    expect((await counter.hit('d', 60_000, 1)).count).toBe(2)
  })
})

describe('hitRateLimit', () => {
  it('allows up to the limit, then answers with the seconds left in the window', async () => {
    const counter = createMemoryCounter()
    const hit = () => hitRateLimit('ip:203.0.113.9', 2, 3600, 'secret', counter)
    expect(await hit()).toEqual({ allowed: true, retryAfterSeconds: 3600 })
    expect((await hit()).allowed).toBe(true)
    expect(await hit()).toMatchObject({ allowed: false })
  })

  it('keys the counters by an HMAC, never by the address or contact itself', async () => {
    const seen: string[] = []
    await hitRateLimit('email:jane@example.com', 3, 60, 'secret', {
      hit: async (id) => {
        seen.push(id)
        return { count: 1, resetInMs: 60_000 }
      },
    })
    expect(seen[0]).toMatch(/^[0-9a-f]{32}$/)
    expect(seen[0]).not.toContain('jane')
  })
})
