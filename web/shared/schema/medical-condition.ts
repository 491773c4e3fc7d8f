import type { Condition } from '../types/cms'
import { absoluteUrl, type JsonLd } from './json-ld'

/** schema.org MedicalCondition for a condition page. */
export function medicalCondition(siteUrl: string, condition: Condition): JsonLd {
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
    possibleTreatment: { '@type': 'MedicalTherapy', name: 'Ketamine infusion therapy' },
  }
}
