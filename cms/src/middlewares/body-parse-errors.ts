import type { Core } from '@strapi/strapi'
import { errors } from '@strapi/utils'

/** The JSON parser's error: a SyntaxError carrying the raw body (co-body sets status and body). */
const isBodyParseError = (error: unknown) =>
  error instanceof SyntaxError &&
  (error as { status?: unknown }).status === 400 &&
  'body' in (error as object)

/**
 * A malformed JSON body makes the parser's message quote part of it ("…"fullName":Jordan Sec…"),
 * and Strapi both answers with that message and logs it: patient data in responses and logs.
 * This answers a plain 400 instead, which Strapi neither logs nor echoes.
 */
const bodyParseErrors: Core.MiddlewareFactory = () => async (_ctx, next) => {
  try {
    await next()
  } catch (error) {
    if (isBodyParseError(error)) {
      throw new errors.ValidationError('The request body is not valid JSON.')
    }
    throw error
  }
}

export default bodyParseErrors
