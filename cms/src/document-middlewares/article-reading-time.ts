import type { Modules } from '@strapi/strapi'
import { readingTimeMinutes } from '../api/article/services/reading-time'

/** Keeps an article's reading time in step with its body, whoever saves it. */
export const articleReadingTime =
  (): Modules.Documents.Middleware.Middleware => async (context, next) => {
    if (
      context.uid === 'api::article.article' &&
      (context.action === 'create' || context.action === 'update')
    ) {
      const params = context.params as { data?: Record<string, unknown> }
      if (params.data && 'body' in params.data) {
        params.data.readingTimeMinutes = readingTimeMinutes(params.data.body)
      }
    }
    return next()
  }
