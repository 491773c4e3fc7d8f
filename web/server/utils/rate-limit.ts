import { createHmac } from 'node:crypto'

interface Counter {
  count: number
  resetAt: number
}

/**
 * Fixed-window counters in Nitro storage (`lead:rate`, memory or Redis). Keys are HMACs with a
 * server secret, so no address, phone or e-mail is stored, not even as a guessable hash.
 * Read-then-write is not atomic: in a burst a few extra requests may pass, fine for abuse control.
 */
export async function hitRateLimit(
  key: string,
  limit: number,
  windowSeconds: number,
  secret: string,
  now = Date.now(),
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const storage = useStorage('lead:rate')
  const id = createHmac('sha256', secret).update(key).digest('hex').slice(0, 32)
  const stored = await storage.getItem<Counter>(id)
  const current =
    stored && typeof stored.resetAt === 'number' && stored.resetAt > now
      ? stored
      : { count: 0, resetAt: now + windowSeconds * 1000 }
  const next = { count: current.count + 1, resetAt: current.resetAt }
  await storage.setItem(id, next, { ttl: windowSeconds })
  return {
    allowed: next.count <= limit,
    retryAfterSeconds: Math.max(1, Math.ceil((next.resetAt - now) / 1000)),
  }
}
