import { image, readQuery, seo } from '../../../utils/read-query'

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

export default readQuery({ list: shape, detail: shape })
