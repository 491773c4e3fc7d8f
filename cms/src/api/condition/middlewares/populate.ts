import { blocks, image, populateMiddleware, seo } from '../../../utils/populate'

export default populateMiddleware({
  list: { image },
  detail: {
    symptoms: true,
    body: blocks,
    image,
    articles: { fields: ['title', 'slug', 'excerpt', 'readingTimeMinutes', 'publishedAt'] },
    seo,
  },
})
