import Redis from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRedisCounter } from '../../server/utils/lead/rate-limit'

// Its own database index and key prefix on the shared Redis (127.0.0.1:6379).
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/9'
const PREFIX = `vigeo:test:rate:${process.pid}:`

describe('rate-limit counters in Redis', () => {
  const clients: Redis[] = []

  beforeAll(() => {
    clients.push(new Redis(REDIS_URL), new Redis(REDIS_URL))
  })
  afterAll(async () => {
    const keys = await clients[0]!.keys(`${PREFIX}*`)
    if (keys.length > 0) await clients[0]!.del(...keys)
    for (const client of clients) client.disconnect()
  })

  it('counts every hit from two instances racing on one key, and the window expires', async () => {
    const [one, two] = clients.map((client) => createRedisCounter(client, PREFIX))
    const hits = await Promise.all(
      Array.from({ length: 60 }, (_, i) => (i % 2 ? one! : two!).hit('shared', 60_000)),
    )
    expect(hits.map((hit) => hit.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 60 }, (_, i) => i + 1),
    )
    const ttl = await clients[0]!.pttl(`${PREFIX}shared`)
    expect(ttl).toBeGreaterThan(50_000)
    expect(ttl).toBeLessThanOrEqual(60_000)
  })

  it('starts a new window after the old one expired', async () => {
    const counter = createRedisCounter(clients[0]!, PREFIX)
    expect((await counter.hit('short', 150)).count).toBe(1)
    expect((await counter.hit('short', 150)).count).toBe(2)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await counter.hit('short', 150)).toMatchObject({ count: 1 })
  })
})
