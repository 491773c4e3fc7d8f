import type { Core } from '@strapi/strapi'
import { errors } from '@strapi/utils'

/**
 * Malformed content-API query parameters answered 500: Strapi validates which attributes a query
 * names, but not the shape of its parameters, and a `sort` of "../../", a `filters[$and]` that is
 * not a list or a `_q` that is not text reached the database layer and failed there. This checks
 * the shape of `sort` (the type's own fields only), `fields`, `filters`, `pagination` and `_q` on
 * every /api request and answers a 400 with a plain message; Strapi then checks the names against
 * the content type.
 * Methods no route serves (PROPFIND, …) get 405 rather than Koa's 501, and a JSON body that is
 * not an object (`[]`, `"text"`) a 400: every route of this CMS takes an object, and some of
 * Strapi's own (admin login) failed with a 500 on anything else.
 */
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/
const SORT = /^[A-Za-z_][A-Za-z0-9_]*(:(asc|desc))?$/i
const DIRECTION = /^(asc|desc)$/i
const INTEGER = /^-?\d{1,9}$/
const MAX_DEPTH = 6

/** Operators whose value is a list, and those whose value is one value. */
const LIST_OPERATORS = new Set(['$in', '$notIn', '$between'])
const VALUE_OPERATORS = new Set([
  '$eq',
  '$eqi',
  '$ne',
  '$nei',
  '$lt',
  '$lte',
  '$gt',
  '$gte',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
  '$null',
  '$notNull',
])

type Problem = string | undefined
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isScalar = (value: unknown) => typeof value === 'string' || typeof value === 'number'
const list = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]

/** Sorting by the type's own fields: "title", "title:desc", or { title: 'desc' }. */
function checkSort(sort: unknown): Problem {
  const valid = list(sort).every((entry) =>
    typeof entry === 'string'
      ? SORT.test(entry.trim())
      : isRecord(entry) &&
        Object.entries(entry).every(
          ([key, value]) => NAME.test(key) && typeof value === 'string' && DIRECTION.test(value),
        ),
  )
  return valid ? undefined : 'sort must be field names with :asc or :desc'
}

function checkFields(fields: unknown): Problem {
  return list(fields).every((field) => typeof field === 'string' && NAME.test(field.trim()))
    ? undefined
    : 'fields must be a list of field names'
}

function checkPagination(pagination: unknown): Problem {
  if (!isRecord(pagination)) return 'pagination must be page and pageSize, or start and limit'
  for (const [key, value] of Object.entries(pagination)) {
    if (key === 'withCount') {
      if (value !== 'true' && value !== 'false' && typeof value !== 'boolean') {
        return 'pagination[withCount] must be true or false'
      }
    } else if (!['page', 'pageSize', 'start', 'limit'].includes(key)) {
      return `pagination[${key.slice(0, 20)}] is not a pagination parameter`
    } else if (!(typeof value === 'number' || (typeof value === 'string' && INTEGER.test(value)))) {
      return `pagination[${key}] must be a whole number`
    }
  }
  return undefined
}

function checkFilters(filters: unknown, depth = 0): Problem {
  if (depth > MAX_DEPTH) return 'filters are nested too deeply'
  if (!isRecord(filters)) return 'filters must be fields with operators, e.g. filters[slug][$eq]=…'
  for (const [key, value] of Object.entries(filters)) {
    if (key === '$and' || key === '$or') {
      const items = isRecord(value) ? Object.values(value) : value
      if (!Array.isArray(items)) return `filters[${key}] must be a list of filters`
      for (const item of items) {
        const problem = checkFilters(item, depth + 1)
        if (problem) return problem
      }
    } else if (key === '$not') {
      const problem = checkFilters(value, depth + 1)
      if (problem) return problem
    } else if (LIST_OPERATORS.has(key)) {
      const items = isRecord(value) ? Object.values(value) : list(value)
      if (!items.every(isScalar)) return `filters ${key} must be a list of values`
      if (key === '$between' && items.length !== 2) return 'filters $between must be two values'
    } else if (VALUE_OPERATORS.has(key)) {
      if (!isScalar(value) && !(Array.isArray(value) && value.every(isScalar))) {
        return `filters ${key} must be a value`
      }
    } else if (key.startsWith('$')) {
      return `filters: unknown operator ${key.slice(0, 20)}`
    } else if (!PATH.test(key)) {
      return 'filters must name fields'
    } else if (!isScalar(value)) {
      const problem = checkFilters(value, depth + 1)
      if (problem) return problem
    }
  }
  return undefined
}

export function queryProblem(query: Record<string, unknown>): Problem {
  const checks: [string, (value: unknown) => Problem][] = [
    ['sort', checkSort],
    ['fields', checkFields],
    ['pagination', checkPagination],
    ['filters', (value) => checkFilters(value)],
    ['_q', (value) => (typeof value === 'string' ? undefined : '_q must be text')],
  ]
  for (const [name, check] of checks) {
    if (query[name] !== undefined) {
      const problem = check(query[name])
      if (problem) return problem
    }
  }
  return undefined
}

const requestGuard: Core.MiddlewareFactory = () => async (ctx, next) => {
  if (!METHODS.includes(ctx.method)) {
    ctx.set('Allow', METHODS.join(', '))
    ctx.status = 405
    ctx.body = {
      data: null,
      error: {
        status: 405,
        name: 'MethodNotAllowedError',
        message: 'Method not allowed.',
        details: {},
      },
    }
    return
  }
  if (ctx.path.startsWith('/api/')) {
    const problem = queryProblem((ctx.query ?? {}) as Record<string, unknown>)
    if (problem) throw new errors.ValidationError(`Invalid query: ${problem}.`)
  }
  const body: unknown = ctx.request.body
  if (ctx.is('json') && body !== undefined && !isRecord(body)) {
    throw new errors.ValidationError('The request body must be a JSON object.')
  }
  await next()
}

export default requestGuard
