import type { Core } from '@strapi/strapi'
import { notificationsEnabled } from './api/lead/services/lead-notification'
import { enforceAdminRoles } from './bootstrap/admin-roles'
import { ensureAdminUser } from './bootstrap/admin-user'
import { configureContentManager } from './bootstrap/content-manager'
import { ensureLeadIntakeToken } from './bootstrap/lead-intake-token'
import { scheduleLeadRetention } from './bootstrap/lead-retention'
import { enforceApiPermissions } from './bootstrap/permissions'
import {
  closeResponseCache,
  registerResponseCache,
  registerResponseCachePurge,
} from './bootstrap/response-cache'
import { runSeed } from './bootstrap/seed'
import { ensureSiteReadToken } from './bootstrap/site-read-token'
import { registerSiteRevalidation } from './bootstrap/site-revalidation'
import { keepLeadsOutOfWebhooks } from './bootstrap/webhook-guard'
import { registerDocumentMiddlewares } from './document-middlewares'

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentMiddlewares(strapi)
    registerResponseCache(strapi)
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    keepLeadsOutOfWebhooks(strapi)
    await enforceApiPermissions(strapi)
    await enforceAdminRoles(strapi)
    await ensureLeadIntakeToken(strapi)
    await ensureSiteReadToken(strapi)
    await configureContentManager(strapi)
    await ensureAdminUser(strapi)
    scheduleLeadRetention(strapi)
    if (!notificationsEnabled()) {
      strapi.log.info(
        '[lead-notification] SMTP_HOST or LEAD_NOTIFY_EMAIL is not set: staff are not e-mailed about new leads.',
      )
    }
    if (process.env.CMS_SEED !== 'false') await runSeed(strapi)
    // After the seed (its writes need no purges, the cache starts empty), and before the site's
    // revalidation: the eventHub awaits listeners in order, so the site re-reads a purged cache.
    await registerResponseCachePurge(strapi)
    registerSiteRevalidation(strapi)
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await closeResponseCache(strapi)
  },
}
