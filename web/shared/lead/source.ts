import { LEAD_MAX_LENGTH } from '@vigeo/lead-contract'

// Paths only: a query string could carry anything, and sourcePage is stored with the lead.
const SAME_SITE_PATH = /^\/(?![/\\])[A-Za-z0-9\-._~/%]*$/

/** `value` when it is a plain path on this site ("/conditions/ptsd"), else undefined. */
export function sameSitePath(value: string | undefined): string | undefined {
  return value && value.length <= LEAD_MAX_LENGTH.sourcePage && SAME_SITE_PATH.test(value)
    ? value
    : undefined
}

function parse(url: string | undefined): URL | undefined {
  if (!url) return undefined
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}

/**
 * Splits a Referer header into the same-site page the patient came from and, for another site,
 * that site's origin only (search terms or ids in its URL are not ours to keep).
 */
export function splitReferrer(
  referer: string | undefined,
  siteOrigin: string,
): { sourcePage?: string; referrer?: string } {
  const url = parse(referer)
  if (!url || !/^https?:$/.test(url.protocol)) return {}
  if (url.origin === siteOrigin) return { sourcePage: sameSitePath(url.pathname) }
  return { referrer: url.origin }
}
