import { h2, p } from '../../blocks'
import type { SeedEntry } from '../../types'

/** A placeholder the clinic must replace with its own policy: it says so on the page. */
export const privacyPolicy: SeedEntry = {
  uid: 'api::page.page',
  slug: 'privacy-policy',
  data: {
    title: 'Privacy Policy',
    slug: 'privacy-policy',
    body: [
      p(
        'TO BE COMPLETED BY VIGEO WELLNESS: this page is a placeholder. Replace it with the clinic’s privacy policy, reviewed by its compliance advisor, before the site goes live.',
      ),
      h2('Information you send us'),
      p(
        'When you request a consultation, we use the details you give us only to contact you about your request.',
      ),
      h2('Contact us'),
      p('If you have questions about this policy, please call the clinic.'),
    ],
    seo: { metaTitle: 'Privacy Policy | Vigeo Wellness', noIndex: true },
  },
}
