import type { SitemapEntry } from '../types/listing'

interface SitemapSection {
  /** Path prefix of the section's detail pages, e.g. '/conditions' ('' for top-level pages). */
  prefix: string
  entries: readonly SitemapEntry[]
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c)

function url(loc: string, lastmod?: string): string {
  const date = lastmod ? `<lastmod>${escapeXml(lastmod.slice(0, 10))}</lastmod>` : ''
  return `<url><loc>${escapeXml(loc)}</loc>${date}</url>`
}

/** A sitemaps.org urlset of the fixed listing pages plus every section's documents. */
export function buildSitemap(
  siteUrl: string,
  fixedPaths: readonly string[],
  sections: readonly SitemapSection[],
): string {
  const urls = [
    ...fixedPaths.map((path) => url(`${siteUrl}${path}`)),
    ...sections.flatMap(({ prefix, entries }) =>
      entries.map((entry) => url(`${siteUrl}${prefix}/${entry.slug}`, entry.updatedAt)),
    ),
  ]
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n')
}
