import type { Location, SiteSetting } from '../types/cms'
import { absoluteUrl, type JsonLd } from './json-ld'
import { openingHoursSpecification } from './opening-hours'

/** schema.org MedicalClinic for one clinic location; specialty and treatment from the settings. */
export function medicalClinic(
  siteUrl: string,
  location: Location,
  site: Pick<SiteSetting, 'clinicName' | 'medicalSpecialty' | 'treatmentName'>,
): JsonLd {
  const { address } = location
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    '@id': absoluteUrl(siteUrl, `/locations/${location.slug}#clinic`),
    name: `${site.clinicName} ${location.name}`,
    url: absoluteUrl(siteUrl, `/locations/${location.slug}`),
    telephone: location.phone,
    ...(location.email && { email: location.email }),
    ...(address && {
      address: {
        '@type': 'PostalAddress',
        streetAddress: [address.streetLine1, address.streetLine2].filter(Boolean).join(', '),
        addressLocality: address.city,
        addressRegion: address.state,
        postalCode: address.postalCode,
        addressCountry: address.country,
      },
    }),
    ...(location.latitude !== null &&
      location.longitude !== null && {
        geo: {
          '@type': 'GeoCoordinates',
          latitude: location.latitude,
          longitude: location.longitude,
        },
      }),
    openingHoursSpecification: openingHoursSpecification(location.openingHours ?? []),
    ...(site.medicalSpecialty && { medicalSpecialty: site.medicalSpecialty }),
    ...(site.treatmentName &&
      location.conditions?.length && {
        availableService: location.conditions.map((condition) => ({
          '@type': 'MedicalTherapy',
          name: `${site.treatmentName} for ${condition.name}`,
        })),
      }),
  }
}
