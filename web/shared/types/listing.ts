/** Strapi's page-based pagination meta. */
export interface Pagination {
  page: number
  pageSize: number
  pageCount: number
  total: number
}

export interface Paginated<T> {
  items: T[]
  pagination: Pagination
}

/** One published, indexable document in the sitemap. */
export interface SitemapEntry {
  slug: string
  updatedAt: string
}
