import { parsePageParam } from '../../../shared/utils/pagination'

export default defineCmsHandler(async (cms, event) => {
  const page = parsePageParam(getQuery(event).page)
  if (page === undefined) throw createError({ statusCode: 404, statusMessage: 'Not Found' })
  const result = await cms.listArticles(page)
  // Page 1 of an empty list is a valid (empty) page; any page beyond the last is not.
  if (page > Math.max(result.pagination.pageCount, 1)) {
    throw createError({ statusCode: 404, statusMessage: 'Not Found' })
  }
  return result
})
