/** Articles per page on /articles. */
export const ARTICLES_PAGE_SIZE = 12

/** The `?page=` of a listing URL: a positive integer, or undefined when absent or malformed. */
export function parsePageParam(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return 1
  const text = Array.isArray(value) ? String(value[0]) : String(value)
  if (!/^[1-9]\d{0,5}$/.test(text)) return undefined
  return Number(text)
}
