import { blocks, populateMiddleware, seo } from '../../../utils/populate'

export default populateMiddleware({
  list: {},
  detail: { body: blocks, seo },
})
