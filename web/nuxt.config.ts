// https://nuxt.com/docs/api/configuration/nuxt-config
import { fileURLToPath } from 'node:url'

const PAGE_CACHE_SECONDS = 10

/** Sent with every response; the CSP is per page (server/plugins/content-security-policy.ts). */
const SECURITY_HEADERS = {
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
}

export default defineNuxtConfig({
  compatibilityDate: '2026-11-01',
  telemetry: false,
  devtools: { enabled: false },
  typescript: {
    strict: true,
    // Component tests run in the nuxt environment (Vue SFCs, `~/` imports): the app project.
    tsConfig: { include: ['../tests/unit/components/**/*'] },
    // Every other test and helper runs in Node: type-check them with the Node project.
    nodeTsConfig: {
      include: [
        '../tests/unit/*.ts',
        '../tests/int/**/*',
        '../tests/e2e/**/*',
        '../tests/support/**/*',
        '../vitest.config.ts',
        // Tests import server utilities, which use Nitro's auto-imports (useStorage...).
        './types/nitro-imports.d.ts',
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
  // Pages ship no Vue app (noScripts), so splitting CSS per component chunk buys nothing: the site's
  // styles (main.css and every component's <style scoped>) go out as one stylesheet, cached across
  // pages, rather than a link per chunk plus an inlined copy of each in every page.
  features: { inlineStyles: false },
  vite: { build: { cssCodeSplit: false } },
  runtimeConfig: {
    // Server-only: never exposed to the browser.
    cmsUrl: 'http://127.0.0.1:1337',
    cmsToken: '',
    // One budget for all the CMS calls of one incoming request (a page and its /api calls).
    cmsTimeoutMs: 1500,
    // Consultation requests (server/utils/lead/): NUXT_LEAD_*, NUXT_REDIS_URL, NUXT_TRUST_PROXY*.
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
    // The in-memory page and data cache (without Redis): NUXT_PAGE_CACHE_MAX_ENTRIES/_MAX_MEGABYTES;
    // in Redis, entries expire after NUXT_PAGE_CACHE_REDIS_TTL_SECONDS.
    pageCache: { maxEntries: 2000, maxMegabytes: 32, redisTtlSeconds: 86_400 },
    // V8's heap growth between full collections (server/plugins/heap-policy.ts): NUXT_HEAP_GROWING_PERCENT.
    heapGrowingPercent: 30,
    // Shared with the CMS (WEB_REVALIDATE_SECRET): it calls POST /api/_revalidate on publish.
    revalidateSecret: '',
    trustProxy: false,
    trustProxyHops: 1,
    public: {
      siteUrl: 'http://localhost:3000',
      // Shown by the error page when the CMS (and so the site settings) could not be loaded.
      clinicPhone: '+18175550134',
    },
  },
  experimental: {
    // Pages carry their data inline; client-side navigation fetches through the site's API
    // routes rather than a second cached _payload.json per page.
    payloadExtraction: false,
  },
  routeRules: {
    // Public pages: served from the render cache, re-rendered in the background once older than
    // PAGE_CACHE_SECONDS (stale-while-revalidate). A warm page never waits for the CMS, and stays
    // up while the CMS is down; error responses (>= 400) are never cached.
    // Pages are plain HTML, links and forms: no page ships the Vue app (noScripts), only the
    // small enhancements of server/plugins/no-script-enhancements.ts (Escape closes the menu;
    // the consultation form's inline validation, modules/lead-form-script.ts).
    // The key carries the pages' purge generation (server/plugins/page-cache-generation.ts), so a
    // render in flight during a purge is never served as the page.
    '/**': {
      swr: PAGE_CACHE_SECONDS,
      cache: { varies: ['x-vigeo-page-generation'] },
      headers: SECURITY_HEADERS,
      noScripts: true,
    },
    // Never cached: per-visitor form tokens, consultation requests, API data, uploaded files.
    '/request-consultation': { cache: false },
    '/request-consultation/**': { cache: false },
    // The CMS data behind /api/* is cached per entry instead (server/utils/cms-data.ts), so a
    // page that is never cached, the consultation form, still renders while the CMS is down.
    '/api/**': { cache: false },
    '/uploads/**': { cache: false },
    // Health answers are about this moment and this instance (server/routes/healthz, readyz).
    '/healthz': { cache: false },
    '/readyz': { cache: false },
  },
  hooks: {
    // With cached routes, Nuxt 4.4 extracts and caches a _payload.json for every page render even
    // with payloadExtraction off, in storage keyed by the raw URL: a query string on "/" made an
    // invalid key (HTTP 500), and every distinct URL left a payload behind. Pages here carry
    // their data inline and never fetch a payload, so runtime payload extraction is switched off.
    'nitro:config': (config) => {
      const NITRO_CONFIG = '#internal/nuxt/nitro-config.mjs'
      const generate = config.virtual?.[NITRO_CONFIG]
      if (typeof generate !== 'function') throw new Error(`${NITRO_CONFIG} not found`)
      config.virtual![NITRO_CONFIG] = async () => {
        const source = await generate()
        const off = source.replace(
          'NUXT_RUNTIME_PAYLOAD_EXTRACTION = true',
          'NUXT_RUNTIME_PAYLOAD_EXTRACTION = false',
        )
        if (!off.includes('NUXT_RUNTIME_PAYLOAD_EXTRACTION = false')) {
          throw new Error(
            'Nuxt no longer exposes NUXT_RUNTIME_PAYLOAD_EXTRACTION: review this hook',
          )
        }
        return off
      }
    },
    // Nuxt renders lazy chunks as <link rel="prefetch" as="script">, which the HTML spec (and the
    // Nu checker) reject; NuxtLink still prefetches the pages a visitor can reach.
    'build:manifest': (manifest) => {
      for (const entry of Object.values(manifest)) entry.prefetch = false
    },
  },
  nitro: {
    // Nitro's tracer misses the module-sync condition on Node 20.19+ (axios -> form-data chain).
    exportConditions: ['module-sync'],
    // Nitro auto-imports all of server/utils/**; the lead feature folder is imported by name
    // instead, so its public surface is what its importers name, not a set of globals.
    imports: { dirs: [`!${fileURLToPath(new URL('./server/utils/lead', import.meta.url))}/**`] },
  },
})
