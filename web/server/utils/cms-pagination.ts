import type { Pagination } from '../../shared/types/listing'
import { CmsResponseError } from './cms-errors'

/** Reads `meta.pagination` of a Strapi list response, or fails as an unusable response. */
export function readPagination(path: string, meta: unknown): Pagination {
  const pagination =
    typeof meta === 'object' && meta !== null && 'pagination' in meta ? meta.pagination : undefined
  if (typeof pagination !== 'object' || pagination === null) {
    throw new CmsResponseError(path, 'no pagination meta')
  }
  const read = (key: keyof Pagination): number => {
    const value: unknown = Reflect.get(pagination, key)
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      throw new CmsResponseError(path, `bad pagination meta (${key})`)
    }
    return value
  }
  return {
    page: read('page'),
    pageSize: read('pageSize'),
    pageCount: read('pageCount'),
    total: read('total'),
  }
}
