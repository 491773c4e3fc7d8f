import { blocks, image, readQuery, seo } from '../../../utils/read-query'

export default readQuery({
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
