import { parsePageParam } from '../../../shared/utils/pagination'

export default defineEventHandler((event) => {
  const page = parsePageParam(getQuery(event).page)
  if (page === undefined) throw createError({ statusCode: 404, statusMessage: 'Not Found' })
  return useSiteData(event).articles(page)
})
