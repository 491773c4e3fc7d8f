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
    public: {
      siteUrl: 'http://localhost:3000',
    },
  },
  nitro: {
    // Nitro's tracer misses the module-sync condition on Node 20.19+ (axios -> form-data chain).
    exportConditions: ['module-sync'],
  },
})
