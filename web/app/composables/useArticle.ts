import type { Article } from '#shared/types/cms'
import type { Paginated } from '#shared/types/listing'

export async function useArticle(slug: string) {
  const path = `/api/articles/${encodeURIComponent(slug)}`
  return requireCmsData(await useFetch<Article>(path, { key: `article:${slug}` }))
}

/** One page of the article listing, newest first (404 beyond the last page). */
export async function useArticleList(page: number) {
  const key = `articles:page:${page}`
  return requireCmsData(
    await useFetch<Paginated<Article>>('/api/articles', { key, query: { page } }),
  )
}
