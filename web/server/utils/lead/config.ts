export interface LeadConfig {
  cmsUrl: string
  intakeToken: string
  formSecret: string
  outboxDir: string
  deliveryTimeoutMs: number
  relayIntervalMs: number
  minFillSeconds: number
  rateLimit: { windowSeconds: number; perIp: number; perContact: number }
  redisUrl: string
  trustProxy: boolean
  trustProxyHops: number
}

/** Env values arrive as strings or numbers; a bad value falls back instead of disabling a check. */
const positive = (value: unknown, fallback: number) => {
  const number = Number(value)
  return Number.isFinite(number) && number > 0 ? number : fallback
}

// NUXT_TRUST_PROXY=true arrives as a boolean or, from some env loaders, as a string.
const isTrue = (value: unknown) => value === true || value === 'true'

/** Consultation-request settings from server-only runtime config (NUXT_LEAD_*, NUXT_REDIS_URL...). */
export function useLeadConfig(): LeadConfig {
  // The shared config: Nitro would clone the whole config for each request given its event.
  const config = useRuntimeConfig()
  return {
    cmsUrl: String(config.cmsUrl),
    intakeToken: String(config.leadIntakeToken ?? ''),
    formSecret: String(config.leadFormSecret ?? ''),
    outboxDir: String(config.leadOutboxDir || '.data/lead-outbox'),
    deliveryTimeoutMs: positive(config.leadDeliveryTimeoutMs, 3000),
    relayIntervalMs: positive(config.leadRelayIntervalMs, 15_000),
    minFillSeconds: positive(config.leadMinFillSeconds, 3),
    rateLimit: {
      windowSeconds: positive(config.leadRateLimitWindowSeconds, 3600),
      perIp: positive(config.leadRateLimitPerIp, 10),
      perContact: positive(config.leadRateLimitPerContact, 3),
    },
    redisUrl: String(config.redisUrl ?? ''),
    trustProxy: isTrue(config.trustProxy),
    trustProxyHops: Math.floor(positive(config.trustProxyHops, 1)),
  }
}
