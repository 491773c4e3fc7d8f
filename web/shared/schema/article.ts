import type { Article, SiteSetting } from '../types/cms'
import { absoluteUrl, type JsonLd } from './json-ld'

/** schema.org Article plus the MedicalWebPage it appears on, for an article page. */
export function articleJsonLd(
  siteUrl: string,
  article: Article,
  site: Pick<SiteSetting, 'clinicName'>,
): JsonLd[] {
  const url = absoluteUrl(siteUrl, `/articles/${article.slug}`)
  const publisher = { '@type': 'MedicalOrganization', name: site.clinicName, url: siteUrl }
  const about = (article.conditions ?? []).map((condition) => ({
    '@type': 'MedicalCondition',
    name: condition.name,
    ...(condition.slug && { url: absoluteUrl(siteUrl, `/conditions/${condition.slug}`) }),
  }))
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: article.title,
      description: article.excerpt,
      url,
      mainEntityOfPage: url,
      ...(article.publishedAt && { datePublished: article.publishedAt }),
      dateModified: article.updatedAt,
      author: publisher,
      publisher,
    },
    {
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      name: article.seo?.metaTitle ?? article.title,
      url,
      ...(about.length && { about }),
      ...(article.readingTimeMinutes && { timeRequired: `PT${article.readingTimeMinutes}M` }),
    },
  ]
}
