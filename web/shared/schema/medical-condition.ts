import type { Condition, SiteSetting } from '../types/cms'
import { absoluteUrl, type JsonLd } from './json-ld'

/** schema.org MedicalCondition for a condition page; the treatment is the clinic's (settings). */
export function medicalCondition(
  siteUrl: string,
  condition: Condition,
  site: Pick<SiteSetting, 'treatmentName'>,
): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalCondition',
    name: condition.name,
    description: condition.summary,
    url: absoluteUrl(siteUrl, `/conditions/${condition.slug}`),
    ...(condition.symptoms?.length && {
      signOrSymptom: condition.symptoms.map((symptom) => ({
        '@type': 'MedicalSignOrSymptom',
        name: symptom.text,
      })),
    }),
    ...(site.treatmentName && {
      possibleTreatment: { '@type': 'MedicalTherapy', name: site.treatmentName },
    }),
  }
}
