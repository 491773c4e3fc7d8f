import { blocks, image, populateMiddleware, seo } from '../../../utils/populate'

export default populateMiddleware({
  list: {
    cover: image,
    conditions: { fields: ['name', 'slug'] },
  },
  detail: {
    cover: image,
    body: blocks,
    conditions: { fields: ['name', 'slug', 'summary'] },
    seo,
  },
})
