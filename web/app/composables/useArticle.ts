import type { Article } from '#shared/types/cms'

export async function useArticle(slug: string) {
  const path = `/api/articles/${encodeURIComponent(slug)}`
  return requireCmsData(await useFetch<Article>(path, { key: `article:${slug}` }))
}
