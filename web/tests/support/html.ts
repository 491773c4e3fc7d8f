export async function getPage(url: string): Promise<{ status: number; html: string }> {
  const response = await fetch(url, { headers: { Accept: 'text/html' } })
  return { status: response.status, html: await response.text() }
}

/** The parsed JSON-LD blocks of a page (each script may hold one object or a list). */
export function jsonLd(html: string): Record<string, unknown>[] {
  const scripts = [
    ...html.matchAll(/<script[^>]*type="application\/ld\+json"[^>]*>(.*?)<\/script>/gs),
  ]
  return scripts.flatMap(([, body]) => {
    const parsed: unknown = JSON.parse(body ?? 'null')
    return (Array.isArray(parsed) ? parsed : [parsed]).filter(
      (item): item is Record<string, unknown> => typeof item === 'object' && item !== null,
    )
  })
}

export const ldTypes = (html: string) => jsonLd(html).map((item) => item['@type'])

/** The content attribute of a <meta> by name or property. */
export function metaContent(html: string, key: string): string | undefined {
  const tag = html.match(new RegExp(`<meta[^>]*(?:name|property)="${key}"[^>]*>`))?.[0]
  return tag?.match(/content="([^"]*)"/)?.[1]
}
