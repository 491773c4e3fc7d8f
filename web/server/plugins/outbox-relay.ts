import lruCacheDriver from 'unstorage/drivers/lru-cache'
import redisDriver from 'unstorage/drivers/redis'
import { useLeadConfig } from '../utils/lead/config'
import { IDEMPOTENCY_TTL_SECONDS } from '../utils/lead/submission'
import { alertDeadLetters, relayPending } from '../utils/lead/outbox'

/** How long a shutdown waits for the last delivery of the outbox (Nitro's own bound is 30 s). */
const SHUTDOWN_FLUSH_MS = 10_000

/**
 * Retries the lead outbox until the CMS accepts every entry. Storage is mounted here, at start,
 * rather than in nuxt.config `nitro.storage` (fixed at build time), so one build runs with or
 * without Redis (NUXT_REDIS_URL).
 */
export default defineNitroPlugin((nitroApp) => {
  const config = useLeadConfig()
  if (config.redisUrl) {
    useStorage().mount('lead', redisDriver({ url: config.redisUrl, base: 'vigeo:lead' }))
  } else {
    // In one process, replay records expire like their Redis keys would (bounded memory).
    useStorage().mount(
      'lead:idempotency',
      lruCacheDriver({ max: 100_000, ttl: IDEMPOTENCY_TTL_SECONDS * 1000, ttlAutopurge: true }),
    )
  }
  if (!config.formSecret) {
    console.warn('[lead] NUXT_LEAD_FORM_SECRET is not set: using a generated secret')
  }

  // Plugin scope, not module scope: one relay loop per Nitro app.
  let running: Promise<void> | undefined
  const deadLetterAlert = { count: 0, at: 0 }
  const run = (force: boolean) => {
    running ??= relayPending(config, force)
      .then(async (delivered) => {
        if (delivered > 0) console.info(`[lead] relay delivered ${delivered} queued lead(s)`)
        await alertDeadLetters(config, deadLetterAlert)
      })
      .catch((error: unknown) => {
        console.error(`[lead] relay failed: ${error instanceof Error ? error.name : 'unknown'}`)
      })
      .finally(() => {
        running = undefined
      })
    return running
  }

  const timer = setInterval(() => void run(false), config.relayIntervalMs)
  timer.unref()
  setTimeout(() => void run(false), 0).unref()
  nitroApp.hooks.hook('lead:outbox-kick', () => void run(true))
  nitroApp.hooks.hook('close', async () => {
    clearInterval(timer)
    // Shutting down (SIGTERM: Nitro has stopped accepting and let the requests in flight finish):
    // one last delivery of what waits, within a bound. What the CMS does not take stays in the
    // outbox for the next start or another instance; an entry delivered but not yet removed when
    // the bound cuts in is sent again later, and the CMS answers that replay without a new lead.
    let bound: ReturnType<typeof setTimeout> | undefined
    await Promise.race([
      (async () => {
        await running
        await run(true)
      })(),
      new Promise((resolve) => (bound = setTimeout(resolve, SHUTDOWN_FLUSH_MS))),
    ])
    clearTimeout(bound)
  })
})
