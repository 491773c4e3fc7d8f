import { isAxiosError } from 'axios'

/**
 * Errors of the CMS client. Messages name only the API path, never the CMS host or the token,
 * and the underlying axios error (which carries both) is deliberately not kept as a cause.
 */
class CmsError extends Error {
  override name = 'CmsError'
}

/** The CMS has no published document at this path (HTTP 404 or an empty result). */
export class CmsNotFoundError extends CmsError {
  override name = 'CmsNotFoundError'
  constructor(readonly path: string) {
    super(`CMS has no content at ${path}`)
  }
}

/** The CMS could not be reached in time, or failed (network error, timeout, HTTP 5xx). */
export class CmsUnavailableError extends CmsError {
  override name = 'CmsUnavailableError'
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`CMS unavailable for ${path} (${reason})`)
  }
}

/** The CMS answered, but not with what the site can use (another 4xx, or an unexpected body). */
export class CmsResponseError extends CmsError {
  override name = 'CmsResponseError'
  constructor(
    readonly path: string,
    readonly reason: string,
    readonly status?: number,
  ) {
    super(`CMS response unusable for ${path} (${reason})`)
  }
}

const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ERR_CANCELED'])

export function toCmsError(error: unknown, path: string): CmsError {
  if (error instanceof CmsError) return error
  if (!isAxiosError(error)) return new CmsUnavailableError(path, 'unexpected client failure')
  const status = error.response?.status
  if (status === undefined) {
    const code = error.code ?? 'network error'
    return new CmsUnavailableError(path, TIMEOUT_CODES.has(code) ? 'timeout' : code)
  }
  if (status === 404) return new CmsNotFoundError(path)
  if (status >= 500) return new CmsUnavailableError(path, `HTTP ${status}`)
  return new CmsResponseError(path, `HTTP ${status}`, status)
}
