import { PLACEHOLDER_PHONE, type SeedEntry } from '../../types'

/**
 * The clinic's Fort Worth location. The address is the clinic's; phone, hours and coordinates
 * are placeholders for staff to confirm in the admin before launch.
 */
export const fortWorth: SeedEntry = {
  uid: 'api::location.location',
  slug: 'fort-worth',
  data: async (refs) => ({
    name: 'Fort Worth',
    slug: 'fort-worth',
    address: {
      streetLine1: '906 W Cannon St.',
      streetLine2: 'Suite 100',
      city: 'Fort Worth',
      state: 'TX',
      postalCode: '76104',
      country: 'US',
    },
    phone: PLACEHOLDER_PHONE,
    latitude: 32.7366,
    longitude: -97.3331,
    openingHours: [
      { fromDay: 'Monday', toDay: 'Friday', opens: '09:00:00.000', closes: '17:00:00.000' },
    ],
    directions:
      'We are in Suite 100 at 906 W Cannon St. If you need help finding us on the day of your visit, give us a call.',
    conditions: await refs.slugs('api::condition.condition', [
      'ptsd',
      'depression',
      'anxiety',
      'chronic-pain',
    ]),
    seo: {
      metaTitle: 'Ketamine Infusion Clinic in Fort Worth, TX | Vigeo Wellness',
      metaDescription:
        'Visit Vigeo Wellness at 906 W Cannon St. Suite 100, Fort Worth, TX 76104 for ketamine infusion therapy. Request a consultation or call us today.',
      noIndex: false,
    },
  }),
}
