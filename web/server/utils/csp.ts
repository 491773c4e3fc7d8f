import { createHash } from 'node:crypto'

/** Script types a browser does not execute (data blocks): CSP does not apply to them. */
const DATA_SCRIPT_TYPES = /^(application\/(ld\+)?json|application\/json)$/i

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi
const TYPE = /\btype\s*=\s*["']?([^"'\s>]+)/i
const SRC = /\bsrc\s*=/i

/** SHA-256 hashes (CSP source expressions) of every inline script the browser would execute. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (SRC.test(attributes)) continue
    const type = attributes.match(TYPE)?.[1]
    if (type && DATA_SCRIPT_TYPES.test(type)) continue
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}

/**
 * The site's Content-Security-Policy for one HTML document. Inline scripts are allowed by hash,
 * not by per-request nonce, so a cached page stays valid for every visitor it is served to.
 */
export function contentSecurityPolicy(html: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScriptHashes(html).join(' ')}`.trim(),
    // Vue's style bindings write style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ')
}
