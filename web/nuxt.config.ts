// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  compatibilityDate: '2026-11-01',
  telemetry: false,
  devtools: { enabled: false },
  typescript: {
    strict: true,
    // Tests and their helpers run in Node: type-check them with the Node project.
    nodeTsConfig: {
      include: [
        '../tests/unit/**/*',
        '../tests/lead/**/*',
        '../tests/support/**/*',
        '../tests/*.ts',
        '../vitest.config.ts',
      ],
    },
  },
  app: {
    head: {
      htmlAttrs: { lang: 'en' },
      meta: [{ name: 'theme-color', content: '#1f4f4a' }],
    },
  },
  css: ['~/assets/css/main.css'],
  runtimeConfig: {
    // Server-only: never exposed to the browser.
    cmsUrl: 'http://127.0.0.1:1337',
    cmsToken: '',
    cmsTimeoutMs: 1500,
    // Consultation requests (server/utils/lead-*): NUXT_LEAD_*, NUXT_REDIS_URL, NUXT_TRUST_PROXY*.
    leadIntakeToken: '',
    leadFormSecret: '',
    leadOutboxDir: '.data/lead-outbox',
    leadDeliveryTimeoutMs: 3000,
    leadRelayIntervalMs: 15000,
    leadMinFillSeconds: 3,
    leadRateLimitWindowSeconds: 3600,
    leadRateLimitPerIp: 10,
    leadRateLimitPerContact: 3,
    redisUrl: '',
    trustProxy: false,
    trustProxyHops: 1,
    public: {
      siteUrl: 'http://localhost:3000',
      // Shown by the error page when the CMS (and so the site settings) could not be loaded.
      clinicPhone: '+18175550134',
    },
  },
  hooks: {
    // Nuxt renders lazy chunks as <link rel="prefetch" as="script">, which the HTML spec (and the
    // Nu checker) reject; NuxtLink still prefetches the pages a visitor can reach.
    'build:manifest': (manifest) => {
      for (const entry of Object.values(manifest)) entry.prefetch = false
    },
  },
  nitro: {
    // Nitro's tracer misses the module-sync condition on Node 20.19+ (axios -> form-data chain).
    exportConditions: ['module-sync'],
  },
})
