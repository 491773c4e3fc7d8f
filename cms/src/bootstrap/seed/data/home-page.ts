import { callToAction } from '../blocks'
import type { SeedEntry } from '../types'

export const homePage: SeedEntry = {
  uid: 'api::home-page.home-page',
  data: async (refs) => ({
    hero: {
      heading: 'Ketamine Infusion Therapy in Fort Worth, TX',
      subheading:
        'When traditional treatments have not brought relief, ketamine infusion therapy may be an option. Our team will help you find out whether it is right for you.',
    },
    featuredConditionsHeading: 'Conditions We Treat',
    featuredConditions: await refs.slugs('api::condition.condition', [
      'ptsd',
      'depression',
      'anxiety',
      'chronic-pain',
    ]),
    featuredArticlesHeading: 'Learn more',
    featuredArticles: await refs.slugs('api::article.article', ['ketamine-and-ptsd']),
    callsToAction: [
      callToAction(
        'Give Us A Call',
        'Ready to schedule your consultation? Call us now and get started on your journey with Vigeo Wellness.',
        'Call Now',
        'call',
      ),
    ],
    seo: {
      metaTitle: 'Vigeo Wellness | Ketamine Infusion Therapy in Fort Worth, TX',
      metaDescription:
        'Ketamine infusion therapy in Fort Worth, TX for PTSD, depression, anxiety and chronic pain. Interest free financing available. Request a consultation.',
      noIndex: false,
    },
  }),
}
