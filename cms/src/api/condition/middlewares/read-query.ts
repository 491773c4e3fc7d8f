import { blocks, image, readQuery, seo } from '../../../utils/read-query'

export default readQuery({
  list: { image },
  detail: {
    symptoms: true,
    body: blocks,
    image,
    articles: { fields: ['title', 'slug', 'excerpt', 'readingTimeMinutes', 'publishedAt'] },
    seo,
  },
})
