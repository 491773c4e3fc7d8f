import type { Core } from '@strapi/strapi'

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  // Public URL of the CMS (used for admin links and absolute media URLs behind a proxy).
  url: env('PUBLIC_URL', ''),
  proxy: env.bool('IS_PROXIED', false),
  app: { keys: env.array('APP_KEYS') },
  // Strapi otherwise asks the npm registry for updates once a day.
  logger: { updates: { enabled: false } },
  // Scheduled tasks (the nightly lead retention purge) are registered in src/index.ts.
  cron: { enabled: env.bool('CRON_ENABLED', true) },
})
