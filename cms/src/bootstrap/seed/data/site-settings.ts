import { PLACEHOLDER_PHONE, type SeedEntry } from '../types'

export const siteSettings: SeedEntry = {
  uid: 'api::site-setting.site-setting',
  data: async (refs) => ({
    clinicName: 'Vigeo Wellness',
    tagline: 'Ketamine Infusion Therapy in Fort Worth, TX',
    mainPhone: PLACEHOLDER_PHONE,
    financingBanner: {
      text: 'Interest Free Financing Available',
      linkLabel: 'Learn more',
      url: '/financing',
      enabled: true,
    },
    headerNavigation: [
      { label: 'Conditions We Treat', url: '/conditions' },
      { label: 'Articles', url: '/articles' },
      { label: 'Our Location', url: '/locations' },
      { label: 'Financing', url: '/financing' },
    ],
    footerText:
      'Vigeo Wellness provides ketamine infusion therapy in Fort Worth, TX. If you are in crisis, call or text 988 or call 911.',
    footerLinks: [{ label: 'Financing', url: '/financing' }],
    privacyPolicyPage: (await refs.slugs('api::page.page', ['privacy-policy']))[0] ?? null,
    defaultSeo: {
      metaTitle: 'Vigeo Wellness | Ketamine Infusion Therapy in Fort Worth, TX',
      metaDescription:
        'Vigeo Wellness offers ketamine infusion therapy in Fort Worth, TX. Interest free financing available. Request a consultation today.',
      noIndex: false,
    },
    socialLinks: [],
    medicalSpecialty: 'Psychiatric',
    treatmentName: 'Ketamine infusion therapy',
  }),
}
