import { BLOCKS, SEO, SLUG, type ModelAdmin } from '../../utils/model-admin'

/** How the admin shows pages: help text under each field. */
export default {
  uid: 'api::page.page',
  descriptions: {
    title: 'The page title, e.g. "About us".',
    slug: SLUG,
    body: BLOCKS,
    seo: SEO,
  },
  mainField: 'title',
} satisfies ModelAdmin
