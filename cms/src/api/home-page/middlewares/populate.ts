import { image, populateMiddleware, seo } from '../../../utils/populate'

const shape = {
  hero: { populate: { image } },
  featuredConditions: { fields: ['name', 'slug', 'summary', 'displayOrder'], populate: { image } },
  featuredArticles: {
    fields: ['title', 'slug', 'excerpt', 'readingTimeMinutes', 'publishedAt'],
    populate: { cover: image },
  },
  callsToAction: true,
  seo,
}

export default populateMiddleware({ list: shape, detail: shape })
