import type { Core } from '@strapi/strapi'
import { articleReadingTime } from './article-reading-time'
import { leadConsent } from './lead-consent'

/** Document Service middlewares: one named rule or side effect per file. */
export const registerDocumentMiddlewares = (strapi: Core.Strapi) => {
  strapi.documents.use(articleReadingTime())
  strapi.documents.use(leadConsent())
}
