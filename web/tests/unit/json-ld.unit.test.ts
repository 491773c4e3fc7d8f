import { describe, expect, it } from 'vitest'
import { articleJsonLd } from '../../shared/schema/article'
import { breadcrumbList } from '../../shared/schema/breadcrumbs'
import { serializeJsonLd } from '../../shared/schema/json-ld'
import { medicalClinic } from '../../shared/schema/medical-clinic'
import { medicalCondition } from '../../shared/schema/medical-condition'
import { expandDays, openingHoursSpecification } from '../../shared/schema/opening-hours'
import type { Article, Condition, Location } from '../../shared/types/cms'

const SITE = 'https://vigeo.example'
const doc = { id: 1, documentId: 'd1', createdAt: '2026-01-01', updatedAt: '2026-02-01' }

const location: Location = {
  ...doc,
  publishedAt: '2026-01-02',
  name: 'Fort Worth',
  slug: 'fort-worth',
  phone: '+18175550134',
  email: null,
  latitude: 32.7366,
  longitude: -97.3331,
  directions: null,
  address: {
    id: 1,
    streetLine1: '906 W Cannon St.',
    streetLine2: 'Suite 100',
    city: 'Fort Worth',
    state: 'TX',
    postalCode: '76104',
    country: 'US',
  },
  openingHours: [
    { id: 1, fromDay: 'Monday', toDay: 'Friday', opens: '09:00:00.000', closes: '17:00:00.000' },
    { id: 2, fromDay: 'Saturday', toDay: null, opens: '10:00:00.000', closes: '14:00:00.000' },
  ],
  conditions: [{ id: 3, documentId: 'c1', name: 'PTSD', slug: 'ptsd' }],
}

describe('JSON-LD serialisation', () => {
  it('escapes < > & so CMS text cannot close the script element, and parses back unchanged', () => {
    const data = { name: '</script><script>alert(1)</script> & more' }
    const json = serializeJsonLd(data)
    expect(json).not.toMatch(/[<>&]/)
    expect(json).toContain('\\u003c/script\\u003e')
    expect(JSON.parse(json)).toEqual(data)
  })
})

describe('opening hours', () => {
  it.each([
    ['Monday', 'Friday', ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']],
    ['Saturday', null, ['Saturday']],
    ['Friday', 'Monday', ['Friday', 'Saturday', 'Sunday', 'Monday']],
    ['Sunday', 'Sunday', ['Sunday']],
  ] as const)('expands %s–%s to each day', (from, to, days) => {
    expect(expandDays(from, to)).toEqual(days)
  })

  it('gives opens/closes as HH:MM', () => {
    expect(openingHoursSpecification(location.openingHours ?? [])[1]).toEqual({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: ['Saturday'],
      opens: '10:00',
      closes: '14:00',
    })
  })
})

const settings = {
  clinicName: 'Vigeo Wellness',
  medicalSpecialty: 'Anesthesia',
  treatmentName: 'IV ketamine therapy',
} as const

describe('MedicalClinic from a location', () => {
  const clinic = medicalClinic(SITE, location, settings)

  it('carries the address, geo, telephone, hours and the specialty set in the CMS', () => {
    expect(clinic).toMatchObject({
      '@type': 'MedicalClinic',
      name: 'Vigeo Wellness Fort Worth',
      url: `${SITE}/locations/fort-worth`,
      telephone: '+18175550134',
      address: {
        streetAddress: '906 W Cannon St., Suite 100',
        addressLocality: 'Fort Worth',
        addressRegion: 'TX',
        postalCode: '76104',
        addressCountry: 'US',
      },
      geo: { latitude: 32.7366, longitude: -97.3331 },
      medicalSpecialty: 'Anesthesia',
    })
    expect(clinic.openingHoursSpecification).toHaveLength(2)
  })

  it('offers the treatment named in the CMS for each condition treated there', () => {
    expect(clinic.availableService).toEqual([
      { '@type': 'MedicalTherapy', name: 'IV ketamine therapy for PTSD' },
    ])
  })

  it('leaves out specialty and services the settings do not name', () => {
    const bare = medicalClinic(SITE, location, {
      ...settings,
      medicalSpecialty: null,
      treatmentName: null,
    })
    expect(bare).not.toHaveProperty('medicalSpecialty')
    expect(bare).not.toHaveProperty('availableService')
  })

  it('omits geo when the location has no coordinates', () => {
    const noGeo = medicalClinic(SITE, { ...location, latitude: null, longitude: null }, settings)
    expect(noGeo).not.toHaveProperty('geo')
  })
})

describe('MedicalCondition, Article and BreadcrumbList', () => {
  const condition: Condition = {
    ...doc,
    publishedAt: null,
    name: 'PTSD',
    slug: 'ptsd',
    summary: 'A condition.',
    displayOrder: 1,
    symptoms: [{ id: 1, text: 'Nightmares' }],
  }

  it('lists a condition’s symptoms, and the clinic’s treatment named in the CMS', () => {
    expect(medicalCondition(SITE, condition, settings)).toMatchObject({
      '@type': 'MedicalCondition',
      name: 'PTSD',
      url: `${SITE}/conditions/ptsd`,
      signOrSymptom: [{ '@type': 'MedicalSignOrSymptom', name: 'Nightmares' }],
      possibleTreatment: { '@type': 'MedicalTherapy', name: 'IV ketamine therapy' },
    })
  })

  it('names no treatment when the settings have none', () => {
    expect(medicalCondition(SITE, condition, { treatmentName: null })).not.toHaveProperty(
      'possibleTreatment',
    )
  })

  it('describes an article and the medical web page about its conditions', () => {
    const article: Article = {
      ...doc,
      publishedAt: '2026-01-05',
      title: 'Ketamine & PTSD',
      slug: 'ketamine-and-ptsd',
      excerpt: 'How it works.',
      readingTimeMinutes: 6,
      conditions: [{ id: 3, documentId: 'c1', name: 'PTSD', slug: 'ptsd' }],
    }
    const [articleLd, pageLd] = articleJsonLd(SITE, article, { clinicName: 'Vigeo Wellness' })
    expect(articleLd).toMatchObject({
      '@type': 'Article',
      headline: 'Ketamine & PTSD',
      datePublished: '2026-01-05',
      url: `${SITE}/articles/ketamine-and-ptsd`,
    })
    expect(pageLd).toMatchObject({
      '@type': 'MedicalWebPage',
      about: [{ '@type': 'MedicalCondition', name: 'PTSD', url: `${SITE}/conditions/ptsd` }],
      timeRequired: 'PT6M',
    })
  })

  it('numbers breadcrumb items from 1 with absolute URLs', () => {
    const list = breadcrumbList(`${SITE}/`, [
      { name: 'Home', path: '/' },
      { name: 'Articles', path: '/articles' },
    ])
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${SITE}/` },
      { '@type': 'ListItem', position: 2, name: 'Articles', item: `${SITE}/articles` },
    ])
  })
})
