import type { Core } from '@strapi/strapi'
import { errors } from '@strapi/utils'

/** The JSON parser's error: a SyntaxError carrying the raw body (co-body sets status and body). */
const isJsonParseError = (error: unknown) =>
  error instanceof SyntaxError &&
  (error as { status?: unknown }).status === 400 &&
  'body' in (error as object)

/**
 * An error of reading the body, not of handling the request: formidable's (`httpCode`, a broken
 * multipart body), zlib's (`Z_…`, a Content-Encoding the bytes do not match) and raw-body's
 * (http-errors with a `type` such as "encoding.unsupported" or "entity.too.large").
 */
function isBodyReadError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || error instanceof errors.ApplicationError) {
    return false
  }
  const { httpCode, code, type, status } = error as Record<string, unknown>
  return (
    typeof httpCode === 'number' ||
    (typeof code === 'string' && code.startsWith('Z_')) ||
    (typeof type === 'string' && typeof status === 'number' && status >= 400 && status < 500)
  )
}

/**
 * Placed just before `strapi::body` (koa-body), so that a body it cannot read is a plain 4xx,
 * never a 500 or an echo of the body:
 * - malformed JSON: the parser's message quotes part of the body ("…"fullName":Jordan Sec…"),
 *   patient data that Strapi would both answer with and log;
 * - a broken multipart body or a Content-Encoding the bytes do not match: those errors carry no
 *   HTTP status, so Koa answered 500.
 * Only a request whose body was never parsed is concerned: later errors pass through unchanged.
 */
const bodyParseErrors: Core.MiddlewareFactory = () => async (ctx, next) => {
  try {
    await next()
  } catch (error) {
    if (isJsonParseError(error)) {
      throw new errors.ValidationError('The request body is not valid JSON.')
    }
    if (ctx.request.body === undefined && isBodyReadError(error)) {
      const { status, httpCode } = error as Record<string, unknown>
      if (status === 413 || httpCode === 413) {
        throw new errors.PayloadTooLargeError('The request body is too large.')
      }
      throw new errors.ValidationError('The request body could not be read.')
    }
    throw error
  }
}

export default bodyParseErrors
