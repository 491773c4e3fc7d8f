import { blocks, readQuery, seo } from '../../../utils/read-query'

export default readQuery({
  list: {},
  detail: { body: blocks, seo },
})
