import type { Core } from '@strapi/strapi'
import { errors } from '@strapi/utils'
import { errorBody } from '../utils/error-body'

interface UnknownError {
  name?: unknown
  code?: unknown
  status?: unknown
  expose?: unknown
  stack?: unknown
}

/** Name, code and the stack's code locations of an error: never its message (it may hold data). */
function describeError(error: unknown): string {
  const { name, code, stack } = (
    typeof error === 'object' && error !== null ? error : {}
  ) as UnknownError
  const label = [
    typeof name === 'string' ? name : 'Error',
    typeof code === 'string' || typeof code === 'number' ? `code ${code}` : '',
  ]
    .filter(Boolean)
    .join(', ')
  const frames =
    typeof stack === 'string'
      ? stack
          .split('\n')
          .filter((line) => /^\s+at /.test(line))
          .slice(0, 8)
          .join('\n')
      : ''
  return frames ? `${label}\n${frames}` : label
}

/**
 * Strapi logs an unexpected error with its message, and database drivers put row values in
 * theirs (PostgreSQL: "Failing row contains (…, Jordan Patient, +1817…)"): patient data in logs.
 * Placed just inside `strapi::errors`, this answers such errors with Strapi's own generic 500 and
 * logs the method, path (no query string), error name, code and stack frames only. Expected
 * errors (validation, 4xx) pass through to Strapi unchanged.
 */
const errorRedaction: Core.MiddlewareFactory =
  (_config, { strapi }) =>
  async (ctx, next) => {
    try {
      await next()
    } catch (error) {
      if (error instanceof errors.ApplicationError || error instanceof errors.HttpError) throw error
      const { status, expose } = (error ?? {}) as UnknownError
      if (typeof status === 'number' && status < 500 && expose === true) throw error
      strapi.log.error(`[errors] ${ctx.method} ${ctx.path} failed: ${describeError(error)}`)
      ctx.status = 500
      ctx.body = errorBody(500, 'InternalServerError', 'Internal Server Error')
    }
  }

export default errorRedaction
