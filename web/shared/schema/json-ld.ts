export type JsonLd = Record<string, unknown>

const UNSAFE = /[<>&\u2028\u2029]/g
const escapeChar = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

/**
 * JSON for an inline `<script type="application/ld+json">`: `<`, `>` and `&` become \u escapes,
 * so CMS text such as `</script>` cannot close the element; the JSON value is unchanged.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(UNSAFE, escapeChar)
}

/** An absolute URL on the site. */
export const absoluteUrl = (siteUrl: string, path: string) =>
  `${siteUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`
