import { SEO, SLUG, type ModelAdmin } from '../../utils/model-admin'

/** How the admin shows locations: help text under each field. */
export default {
  uid: 'api::location.location',
  descriptions: {
    name: 'The location name, e.g. "Fort Worth".',
    slug: SLUG,
    address: 'Street address as it should appear on the site and in map searches.',
    phone: 'Phone number in the form +18175550134 (country code, then 10 digits).',
    email: 'Optional public e-mail address for this location.',
    latitude: 'Latitude of the entrance, for map links and search engines (e.g. 32.7366).',
    longitude: 'Longitude of the entrance, for map links and search engines (e.g. -97.3320).',
    openingHours:
      'Opening hours. Add one row per day or range of days; days not listed are closed.',
    directions: 'Directions and parking notes for patients arriving for the first time.',
    image: 'Optional photo of the building or entrance, with alternative text.',
    conditions: 'Conditions treated at this location.',
    seo: SEO,
  },
  mainField: 'name',
} satisfies ModelAdmin
