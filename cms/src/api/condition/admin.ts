import { BLOCKS, SEO, SLUG, type ModelAdmin } from '../../utils/model-admin'

/** How the admin shows conditions: help text under each field, list view. */
export default {
  uid: 'api::condition.condition',
  descriptions: {
    name: 'The condition as patients know it, e.g. "PTSD". Shown in Conditions We Treat.',
    slug: SLUG,
    summary: 'A short, neutral description shown in lists and at the top of the page.',
    symptoms: 'Common symptoms, one per item. Shown as a list on the condition page.',
    body: BLOCKS,
    image: 'Optional image with its alternative text for screen readers.',
    articles: 'Articles about this condition (set on each article).',
    displayOrder: 'Lower numbers come first in menus and lists.',
    seo: SEO,
  },
  mainField: 'name',
  list: {
    columns: ['name', 'slug', 'displayOrder', 'updatedAt'],
    defaultSortBy: 'displayOrder',
    defaultSortOrder: 'ASC',
  },
} satisfies ModelAdmin
