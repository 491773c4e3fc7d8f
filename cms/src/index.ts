import type { Core } from '@strapi/strapi'
import { ensureAdminUser } from './bootstrap/admin-user'
import { configureContentManager } from './bootstrap/content-manager'
import { enforceApiPermissions } from './bootstrap/permissions'
import { runSeed } from './bootstrap/seed'
import { registerDocumentMiddlewares } from './document-middlewares'

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentMiddlewares(strapi)
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await enforceApiPermissions(strapi)
    await configureContentManager(strapi)
    await ensureAdminUser(strapi)
    if (process.env.CMS_SEED !== 'false') await runSeed(strapi)
  },
}
