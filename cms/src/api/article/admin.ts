import { BLOCKS, SEO, SLUG, type ModelAdmin } from '../../utils/model-admin'

/** How the admin shows articles: help text under each field, list view. */
export default {
  uid: 'api::article.article',
  descriptions: {
    title: 'The article headline shown on the page and in search results.',
    slug: SLUG,
    excerpt: 'One or two sentences shown in article lists and used as the search description.',
    cover: 'Optional cover image with its alternative text for screen readers.',
    body: BLOCKS,
    readingTimeMinutes: 'Calculated from the body when the article is saved. Not editable.',
    conditions: 'Conditions this article is about. The article is listed on their pages.',
    seo: SEO,
  },
  readOnly: ['readingTimeMinutes'],
  mainField: 'title',
  list: { columns: ['title', 'slug', 'readingTimeMinutes', 'updatedAt'] },
} satisfies ModelAdmin
