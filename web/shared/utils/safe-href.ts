const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * Returns a CMS-supplied link only if it is site-relative or uses a harmless protocol, so that
 * editor input can never become a `javascript:` link.
 */
export function safeHref(url: string | null | undefined): string | undefined {
  const trimmed = url?.trim()
  if (!trimmed) return undefined
  if (trimmed.startsWith('#')) return trimmed
  if (trimmed.startsWith('/')) return trimmed.startsWith('//') ? undefined : trimmed
  try {
    return ALLOWED_PROTOCOLS.has(new URL(trimmed).protocol) ? trimmed : undefined
  } catch {
    return undefined
  }
}
