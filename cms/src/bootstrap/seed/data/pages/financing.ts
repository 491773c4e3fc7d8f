import { cta, p } from '../../blocks'
import type { SeedEntry } from '../../types'

export const financing: SeedEntry = {
  uid: 'api::page.page',
  slug: 'financing',
  data: {
    title: 'Financing',
    slug: 'financing',
    body: [
      p(
        'Interest free financing is available. Ask our team about payment options when you request your consultation or call the clinic.',
      ),
      cta(
        'Questions about cost?',
        'Call us and we will walk you through your options.',
        'Call Now',
        'call',
      ),
    ],
    seo: {
      metaTitle: 'Interest Free Financing | Vigeo Wellness',
      metaDescription:
        'Interest free financing is available for ketamine infusion therapy at Vigeo Wellness in Fort Worth, TX.',
      noIndex: false,
    },
  },
}
