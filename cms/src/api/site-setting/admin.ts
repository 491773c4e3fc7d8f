import type { ModelAdmin } from '../../utils/model-admin'

/** How the admin shows the site settings: help text under each field. */
export default {
  uid: 'api::site-setting.site-setting',
  descriptions: {
    clinicName: 'The clinic name shown in the header, footer and page titles.',
    tagline: 'Optional short line shown next to the logo.',
    logo: 'The clinic logo with its alternative text.',
    mainPhone: 'The main phone number for "Call Now", in the form +18175550134.',
    financingBanner: 'The strip shown above the header on every page.',
    headerNavigation: 'Links in the main menu, in order.',
    footerText: 'A short paragraph shown in the footer.',
    footerLinks: 'Extra links in the footer, in order.',
    privacyPolicyPage: 'The page linked as "Privacy policy" in the footer.',
    defaultSeo: 'Search and sharing settings used where a page has none of its own.',
    socialLinks: 'The clinic profiles on social networks.',
    medicalSpecialty:
      'The medical specialty search engines are told the clinic practises (schema.org MedicalSpecialty). Not shown on the page.',
    treatmentName:
      'The treatment the clinic offers, as search engines are told, e.g. "Ketamine infusion therapy". Used as "<treatment> for PTSD". Not shown on the page.',
  },
} satisfies ModelAdmin
