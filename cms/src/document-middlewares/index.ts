import type { Core } from '@strapi/strapi'
import { articleReadingTime } from './article-reading-time'
import { leadConsent } from './lead-consent'
import { leadNotes } from './lead-notes'
import { leadStatusHistory } from './lead-status-history'
import { leadSystemFields } from './lead-system-fields'

/** Document Service middlewares: one named rule or side effect per file, run in this order. */
export const registerDocumentMiddlewares = (strapi: Core.Strapi) => {
  strapi.documents.use(articleReadingTime())
  strapi.documents.use(leadConsent())
  // Drops admin input for system fields before the history and notes rules write them.
  strapi.documents.use(leadSystemFields(strapi))
  strapi.documents.use(leadStatusHistory(strapi))
  strapi.documents.use(leadNotes(strapi))
}
