export async function useArticle(slug: string) {
  const path = `/api/articles/${encodeURIComponent(slug)}`
  return useSiteRead(`article:${slug}`, path, (data) => data.article(slug))
}

/** One page of the article listing, newest first (404 beyond the last page). */
export async function useArticleList(page: number) {
  const key = `articles:page:${page}`
  return useSiteRead(key, `/api/articles?page=${page}`, (data) => data.articles(page))
}
