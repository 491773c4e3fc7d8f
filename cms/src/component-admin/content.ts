import type { ModelAdmin } from '../utils/model-admin'

/** How the admin shows the content.* components (src/components/content/). */
const components: ModelAdmin[] = [
  {
    uid: 'content.heading',
    descriptions: {
      text: 'The heading text.',
      level: 'h2 for a section, h3 for a subsection, h4 below that.',
    },
  },
  {
    uid: 'content.paragraph',
    descriptions: {
      text: 'Body text. Use bold, italics and links sparingly.',
    },
  },
  {
    uid: 'content.list-item',
    descriptions: {
      text: 'One item of the list.',
    },
  },
  {
    uid: 'content.bullet-list',
    descriptions: {
      intro: 'Optional sentence introducing the list.',
      items: 'The list items, in order.',
    },
  },
  {
    uid: 'content.quote',
    descriptions: {
      text: 'The quoted words, without quotation marks.',
      attribution: 'Who said it, if it can be shared.',
    },
  },
]

export default components
