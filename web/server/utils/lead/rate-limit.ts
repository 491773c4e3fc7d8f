import { createHmac } from 'node:crypto'
import type Redis from 'ioredis'

/** One fixed window: how many hits so far and how long until it resets. */
interface WindowHit {
  count: number
  resetInMs: number
}

interface WindowCounter {
  hit(id: string, windowMs: number, now?: number): Promise<WindowHit>
}

/**
 * In-process counters for a single site instance. Expired windows are swept once per window
 * and at most `maxKeys` are kept (the oldest go first), so a flood of addresses cannot grow
 * memory without bound. Read and write happen in one synchronous step: no lost updates.
 */
export function createMemoryCounter(maxKeys = 100_000): WindowCounter & { size(): number } {
  const windows = new Map<string, { count: number; resetAt: number }>()
  let nextSweep = 0
  return {
    size: () => windows.size,
    async hit(id, windowMs, now = Date.now()) {
      if (now >= nextSweep) {
        for (const [key, window] of windows) if (window.resetAt <= now) windows.delete(key)
        nextSweep = now + windowMs
      }
      let window = windows.get(id)
      if (!window || window.resetAt <= now) {
        windows.delete(id)
        window = { count: 0, resetAt: now + windowMs }
        windows.set(id, window)
        if (windows.size > maxKeys) windows.delete(windows.keys().next().value!)
      }
      window.count += 1
      return { count: window.count, resetInMs: window.resetAt - now }
    },
  }
}

// INCR and the expiry in one step on the Redis server: instances sharing Redis never lose a
// hit to a race, and a window always expires (PTTL -1 would mean a key without one).
const INCREMENT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}`

/** Counters shared by every site instance, atomic on the Redis server. */
export function createRedisCounter(client: Redis, prefix: string): WindowCounter {
  return {
    async hit(id, windowMs) {
      const [count, ttl] = (await client.eval(INCREMENT_SCRIPT, 1, `${prefix}${id}`, windowMs)) as [
        number,
        number,
      ]
      return { count, resetInMs: ttl }
    },
  }
}

/** The Redis key prefix of the counters, under the lead storage base (see plugins/outbox-relay.ts). */
const REDIS_RATE_PREFIX = 'vigeo:lead:rate:'

let counter: WindowCounter | undefined

/**
 * The counters behind the lead form's rate limits: Redis when the lead storage is mounted on
 * Redis (NUXT_REDIS_URL, several instances), else in this process.
 */
function useRateCounter(): WindowCounter {
  if (counter) return counter
  const driver = useStorage().getMount('lead:rate').driver
  const client = driver.name === 'redis' ? (driver.getInstance?.() as Redis | undefined) : undefined
  counter = client ? createRedisCounter(client, REDIS_RATE_PREFIX) : createMemoryCounter()
  return counter
}

/**
 * One hit against a fixed-window limit. Keys are HMACs with a server secret, so no address,
 * phone or e-mail is stored, not even as a guessable hash.
 */
export async function hitRateLimit(
  key: string,
  limit: number,
  windowSeconds: number,
  secret: string,
  counters: WindowCounter = useRateCounter(),
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const id = createHmac('sha256', secret).update(key).digest('hex').slice(0, 32)
  const { count, resetInMs } = await counters.hit(id, windowSeconds * 1000)
  return {
    allowed: count <= limit,
    retryAfterSeconds: Math.max(1, Math.ceil(resetInMs / 1000)),
  }
}
