import type { SharedSeo, StrapiMedia } from '#shared/types/cms'
import { absoluteUrl, serializeJsonLd, type JsonLd } from '#shared/schema/json-ld'
import { useLoadedSiteSettings } from './useSiteSettings'

interface PageSeoInput {
  /** The page's own title; the clinic name is appended unless seo.metaTitle is set. */
  title: string
  description?: string | null
  seo?: SharedSeo | null
  /** Site path of the page, for the canonical link. */
  path: string
  type?: 'website' | 'article'
  /** False when `title` is already the full title (the home page). */
  appendSiteName?: boolean
}

const isAbsoluteHttp = (url: string | null | undefined): url is string =>
  !!url && /^https?:\/\//i.test(url)

const imageUrl = (siteUrl: string, media: StrapiMedia | null | undefined) =>
  media ? (isAbsoluteHttp(media.url) ? media.url : absoluteUrl(siteUrl, media.url)) : undefined

/**
 * Title, description, canonical link, Open Graph and Twitter tags from a page's SEO component,
 * falling back to the site's default SEO.
 */
export function usePageSeo(input: () => PageSeoInput) {
  const site = useLoadedSiteSettings()
  const siteUrl = String(useRuntimeConfig().public.siteUrl).replace(/\/+$/, '')
  const meta = computed(() => {
    const { title, description, seo, path, type, appendSiteName = true } = input()
    const fallback = site.value?.defaultSeo
    const clinic = site.value?.clinicName ?? ''
    return {
      title: seo?.metaTitle || (clinic && appendSiteName ? `${title} | ${clinic}` : title),
      description: seo?.metaDescription || description || fallback?.metaDescription || undefined,
      canonical: isAbsoluteHttp(seo?.canonicalUrl) ? seo.canonicalUrl : absoluteUrl(siteUrl, path),
      image: imageUrl(siteUrl, seo?.shareImage ?? fallback?.shareImage),
      noIndex: seo?.noIndex === true,
      type: type ?? 'website',
      siteName: clinic || undefined,
    }
  })
  useSeoMeta({
    title: () => meta.value.title,
    description: () => meta.value.description,
    robots: () => (meta.value.noIndex ? 'noindex, follow' : undefined),
    ogTitle: () => meta.value.title,
    ogDescription: () => meta.value.description,
    ogUrl: () => meta.value.canonical,
    ogType: () => meta.value.type,
    ogSiteName: () => meta.value.siteName,
    ogImage: () => meta.value.image,
    twitterCard: () => (meta.value.image ? 'summary_large_image' : 'summary'),
    twitterTitle: () => meta.value.title,
    twitterDescription: () => meta.value.description,
    twitterImage: () => meta.value.image,
  })
  useHead({ link: [{ rel: 'canonical', href: () => meta.value.canonical }] })
}

/** Structured data for the page, escaped so CMS text cannot end the script element. */
export function useJsonLd(data: () => JsonLd | JsonLd[], key = 'jsonld') {
  useHead({
    script: [{ key, type: 'application/ld+json', innerHTML: () => serializeJsonLd(data()) }],
  })
}
