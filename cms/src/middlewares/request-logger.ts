import type { Core } from '@strapi/strapi'

/**
 * Strapi's own request log (strapi::logger) writes the full URL, query string included, and
 * staff searching leads in the admin put patient names and e-mails there (`_q=…`,
 * `filters[email]…`). This one logs the path only: method, path, duration, status.
 */
const requestLogger: Core.MiddlewareFactory =
  (_config, { strapi }) =>
  async (ctx, next) => {
    const start = Date.now()
    await next()
    strapi.log.http(`${ctx.method} ${ctx.path} (${Date.now() - start} ms) ${ctx.status}`)
  }

export default requestLogger
