import { SEO, type ModelAdmin } from '../../utils/model-admin'

/** How the admin shows the home page: help text under each field. */
export default {
  uid: 'api::home-page.home-page',
  descriptions: {
    hero: 'The first screen of the home page: headline, introduction and image.',
    featuredConditionsHeading: 'Heading above the featured conditions.',
    featuredConditions: 'Conditions shown on the home page. Leave empty to show all of them.',
    featuredArticlesHeading: 'Heading above the featured articles.',
    featuredArticles: 'Articles shown on the home page. Leave empty to show the newest.',
    callsToAction: 'Call-to-action sections shown after the featured content.',
    seo: SEO,
  },
} satisfies ModelAdmin
