import type { StrapiMedia, StrapiMediaFormat } from '../types/cms'

interface ResponsiveImage {
  src: string
  srcset?: string
  width: number
  height: number
}

/**
 * Strapi's local uploads are relative (`/uploads/...`): the site serves them from its own origin.
 * Anything else that is not plain http(s) is refused.
 */
export function mediaUrl(url: string): string | undefined {
  if (url.startsWith('/uploads/')) return url
  return /^https?:\/\//i.test(url) ? url : undefined
}

/**
 * `src`, `srcset` (every Strapi format plus the original, by width) and intrinsic dimensions of an
 * uploaded image, or undefined when it cannot be shown without a layout shift.
 */
export function responsiveImage(media: StrapiMedia): ResponsiveImage | undefined {
  const formats = Object.values(media.formats ?? {}).filter(
    (format): format is StrapiMediaFormat => format !== undefined,
  )
  const original =
    media.width && media.height
      ? { url: media.url, width: media.width, height: media.height }
      : undefined
  const candidates = [...formats, ...(original ? [original] : [])]
    .flatMap((c) => {
      const url = mediaUrl(c.url)
      return url && c.width > 0 ? [{ url, width: c.width, height: c.height }] : []
    })
    .sort((a, b) => a.width - b.width)
  const unique = candidates.filter((c, i) => candidates.findIndex((d) => d.width === c.width) === i)
  const largest = unique.at(-1)
  if (!largest) return undefined
  return {
    src: largest.url,
    srcset: unique.length > 1 ? unique.map((c) => `${c.url} ${c.width}w`).join(', ') : undefined,
    width: largest.width,
    height: largest.height,
  }
}
