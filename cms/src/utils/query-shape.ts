import { isRecord } from '@vigeo/lead-contract'
/**
 * Shape rules for the query parameters of the REST content API (`sort`, `filters`, `fields`,
 * `pagination`, `_q`, `status`, `locale`). Strapi validates the names against the schema, but
 * a malformed shape gets past it into the query builder, which throws a plain Error or
 * TypeError: an answer of 500 and a stack trace (`sort=../../`, `filters[$and]=x`,
 * `filters[title][$between]=a`, `_q[x]=1`, `sort[title][x]=asc`), and PostgreSQL refuses
 * values SQLite lets through (`filters[id][$eq]=1.5`, `$contains` on a number or a date). The
 * shape rules hold on every content-API route; where the content type a path reads is known,
 * sort paths and filter values are checked against its fields too. Names are still checked by
 * Strapi (an unknown field is its 400 "Invalid key").
 */
export class QueryShapeError extends Error {
  override name = 'QueryShapeError'
}

type Query = Record<string, unknown>

/** The part of a Strapi attribute these rules read. */
export interface AttributeShape {
  type: string
  target?: string
  component?: string
}
/** The attributes of a content type or component by uid, or undefined when unknown. */
export type ModelLookup = (uid: string) => Record<string, AttributeShape> | undefined

const NUMERIC = new Set(['integer', 'biginteger', 'float', 'decimal'])
const NUMBER = /^-?\d{1,15}(\.\d{1,15})?$/
// Structured JSON has no comparison a filter could use; the query builder fails on it.
const UNFILTERABLE = new Set(['json', 'blocks', 'dynamiczone', 'password'])

/** Where a field leads: a plain value of a type, or another model (relation, media, component). */
type Field = { kind: 'value'; type: string } | { kind: 'model'; uid: string } | { kind: 'unknown' }

function fieldOf(lookup: ModelLookup | undefined, uid: string | undefined, name: string): Field {
  if (name === 'id') return { kind: 'value', type: 'integer' }
  const attribute = uid ? lookup?.(uid)?.[name] : undefined
  if (!attribute) return { kind: 'unknown' }
  if (attribute.type === 'relation' && attribute.target)
    return { kind: 'model', uid: attribute.target }
  if (attribute.type === 'media') return { kind: 'model', uid: 'plugin::upload.file' }
  if (attribute.type === 'component' && attribute.component) {
    return { kind: 'model', uid: attribute.component }
  }
  return { kind: 'value', type: attribute.type }
}

const MAX_DEPTH = 8
const MAX_TEXT = 1000
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const SORT_ITEM = /^([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)(?::(asc|desc))?$/i

/** Operators taking one value; equality also takes a list (Strapi turns it into IN). */
const LIST_OR_VALUE = new Set(['$eq', '$ne', '$eqi', '$nei', '$in', '$notIn'])
/** String matching: takes one value, and only on a text field. */
const MATCH = [
  '$startsWith',
  '$endsWith',
  '$startsWithi',
  '$endsWithi',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
]
const VALUE = new Set(['$gt', '$gte', '$lt', '$lte', ...MATCH])
const TEXT_OPERATORS = new Set(['$eqi', '$nei', ...MATCH])
const FLAG = new Set(['$null', '$notNull'])
const FLAG_VALUES = new Set(['true', 'false', 't', 'f', '1', '0'])
const PAGINATION_KEYS = new Set(['page', 'pageSize', 'start', 'limit', 'withCount'])

const fail = (message: string): never => {
  throw new QueryShapeError(message)
}

/** qs turns `a[0]=x` into an array, but `a[150]=x` (past its array limit) into an object. */
function asList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value
  if (isRecord(value) && Object.keys(value).every((key) => /^\d+$/.test(key))) {
    return Object.keys(value)
      .sort((a, b) => Number(a) - Number(b))
      .map((key) => value[key])
  }
  return undefined
}

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_TEXT

/** Context of a check: the model being read (when known) and how to look models up. */
interface Scope {
  lookup?: ModelLookup
  uid?: string
}

/** A sort path may pass through relations, media and components, and ends on a plain field. */
function checkSortPath(scope: Scope, path: string[]): void {
  let uid = scope.uid
  for (const [index, name] of path.entries()) {
    const field = fieldOf(scope.lookup, uid, name)
    if (field.kind === 'unknown') {
      // Strapi names an unknown key with its own 400, but only after authentication.
      if (scope.uid && index < path.length - 1) fail('sort: a field name is not valid.')
      return
    }
    const last = index === path.length - 1
    if (field.kind === 'value' && !last) {
      fail('sort: a plain field has no sub-fields.')
    }
    if (field.kind === 'value' && UNFILTERABLE.has(field.type)) {
      fail('sort: this field cannot be sorted on.')
    }
    uid = field.kind === 'model' ? field.uid : undefined
  }
}

function sortItems(scope: Scope, value: unknown, prefix: string[], depth: number): string[] {
  if (depth > MAX_DEPTH) fail('sort: nested too deeply.')
  if (typeof value === 'string') {
    return value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean)
      .map((item) => {
        const match = SORT_ITEM.exec(item)
        if (!match) return fail('sort: use field names such as "title:asc".')
        const path = [...prefix, ...match[1]!.split('.')]
        checkSortPath(scope, path)
        return `${path.join('.')}:${(match[2] ?? 'asc').toLowerCase()}`
      })
  }
  const list = asList(value)
  if (list && prefix.length === 0) {
    return list.flatMap((item) => sortItems(scope, item, [], depth + 1))
  }
  if (isRecord(value)) {
    return Object.entries(value).flatMap(([key, order]) => {
      if (!NAME.test(key)) return fail('sort: a field name is not valid.')
      if (typeof order === 'string') {
        if (!/^(asc|desc)$/i.test(order)) {
          return fail('sort: the order must be "asc" or "desc".')
        }
        return sortItems(scope, `${key}:${order}`, prefix, depth + 1)
      }
      if (!isRecord(order)) return fail('sort: expected field names such as title:asc.')
      return sortItems(scope, order, [...prefix, key], depth + 1)
    })
  }
  return fail('sort: use field names such as "title:asc".')
}

/**
 * Every sort form Strapi accepts (a string, a list, `{ title: 'asc' }`, nested objects for
 * relations) as one canonical list of `path:order` strings, each path checked against the
 * model where it is known (a path past a plain field reaches the query builder as a 500).
 */
export const normaliseSort = (value: unknown, scope: Scope = {}): string[] =>
  sortItems(scope, value, [], 0)

const INT32 = 2_147_483_647
const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'email', 'uid', 'enumeration'])

/** Whether a value fits a number column of that type (PostgreSQL refuses the rest: a 500). */
function fitsNumber(type: string, value: string): boolean {
  if (type === 'integer') return /^-?\d{1,10}$/.test(value) && Math.abs(Number(value)) <= INT32
  if (type === 'biginteger') return /^-?\d{1,18}$/.test(value)
  return NUMBER.test(value)
}

/**
 * One operand for a field of that type: numbers that fit for numeric fields and ids, true or
 * false for booleans; text operators ($contains…) only on text fields (PostgreSQL has no LIKE on
 * numbers or dates). A field of an unknown model is left to Strapi.
 */
function checkValue(type: string, value: unknown, operator: string): string {
  if (!isText(value)) return fail(`filters: ${operator} takes plain values.`)
  if (TEXT_OPERATORS.has(operator) && type !== 'unknown' && !TEXT_TYPES.has(type)) {
    fail(`filters: ${operator} applies to text fields only.`)
  }
  if (NUMERIC.has(type) && !fitsNumber(type, value)) {
    fail(`filters: ${operator} on a number field takes numbers in its range.`)
  }
  if (type === 'boolean' && !FLAG_VALUES.has(value.toLowerCase())) {
    fail(`filters: ${operator} on a true/false field takes true or false.`)
  }
  return value
}

function checkOperand(type: string, operator: string, value: unknown): unknown {
  if (LIST_OR_VALUE.has(operator)) {
    const list = asList(value)
    if (list) {
      if (list.length === 0 || list.length > 100) {
        fail(`filters: ${operator} takes between 1 and 100 values.`)
      }
      return list.map((item) => checkValue(type, item, operator))
    }
    return checkValue(type, value, operator)
  }
  if (VALUE.has(operator)) return checkValue(type, value, operator)
  if (FLAG.has(operator)) {
    if (typeof value === 'string' && FLAG_VALUES.has(value.toLowerCase())) return value
    return fail(`filters: ${operator} takes true or false.`)
  }
  if (operator === '$between') {
    const list = asList(value)
    if (list?.length !== 2) return fail('filters: $between takes exactly two values.')
    return list.map((item) => checkValue(type, item, operator))
  }
  return fail('filters: unknown operator.')
}

/**
 * The operators applied to one plain field: `{ $eq: …, $not: { … }, $or: [{ … }] }`. On a
 * relation, media or component a plain value compares its id.
 */
function checkOperators(type: string, value: Record<string, unknown>, depth: number): Query {
  if (depth > MAX_DEPTH) fail('filters: nested too deeply.')
  const checked: Query = {}
  for (const [key, operand] of Object.entries(value)) {
    if (key === '$and' || key === '$or') {
      const list = asList(operand)
      if (!list || list.length === 0 || !list.every(isRecord)) {
        fail(`filters: ${key} takes a list of conditions.`)
      }
      checked[key] = list!.map((item) => checkOperators(type, item as Query, depth + 1))
    } else if (key === '$not') {
      checked[key] = isRecord(operand)
        ? checkOperators(type, operand, depth + 1)
        : checkValue(type, operand, key)
    } else if (key.startsWith('$')) {
      checked[key] = checkOperand(type, key, operand)
    } else {
      // A sub-field of a plain field: Strapi's validation refuses it with a 400.
      checked[key] = operand
    }
  }
  return checked
}

/** A filter on one field: a value (implicit $eq), a list (implicit $in), or an object. */
function checkField(scope: Scope, name: string, value: unknown, depth: number): unknown {
  const field = fieldOf(scope.lookup, scope.uid, name)
  if (field.kind === 'value' && UNFILTERABLE.has(field.type)) {
    fail('filters: this field cannot be filtered on.')
  }
  // A plain value on a relation, media or component compares its id.
  const type = field.kind === 'value' ? field.type : field.kind === 'model' ? 'integer' : 'unknown'
  if (isRecord(value) && !Object.keys(value).every((key) => key.startsWith('$'))) {
    if (field.kind === 'value') return value // Sub-fields of a plain field: Strapi's 400.
    return checkFilters(
      { lookup: scope.lookup, uid: field.kind === 'model' ? field.uid : undefined },
      value,
      depth + 1,
    )
  }
  if (isRecord(value)) return checkOperators(type, value, depth + 1)
  return checkOperand(type, asList(value) ? '$in' : '$eq', value)
}

function checkGroup(scope: Scope, operator: string, value: unknown, depth: number): unknown[] {
  const list = asList(value)
  if (!list || list.length === 0 || !list.every(isRecord)) {
    return fail(`filters: ${operator} takes a list of filter objects.`)
  }
  return list.map((item) => checkFilters(scope, item as Record<string, unknown>, depth + 1))
}

/**
 * A filter object on a model: `$and`/`$or` hold lists of filter objects, `$not` a filter
 * object, and any other key is a field name, whose value is checked for that field's type.
 */
function checkFilters(scope: Scope, filters: Record<string, unknown>, depth: number): Query {
  if (depth > MAX_DEPTH) fail('filters: nested too deeply.')
  const checked: Query = {}
  for (const [key, value] of Object.entries(filters)) {
    if (key === '$and' || key === '$or') {
      checked[key] = checkGroup(scope, key, value, depth)
    } else if (key === '$not') {
      if (!isRecord(value)) fail('filters: $not takes a filter object.')
      checked[key] = checkFilters(scope, value as Record<string, unknown>, depth + 1)
    } else if (key.startsWith('$')) {
      fail('filters: an operator needs a field, e.g. filters[slug][$eq]=…')
    } else if (NAME.test(key)) {
      checked[key] = checkField(scope, key, value, depth)
    } else {
      fail('filters: a field name is not valid.')
    }
  }
  return checked
}

function normaliseFilters(value: unknown, scope: Scope = {}): Query {
  if (!isRecord(value)) return fail('filters: expected an object such as filters[slug]=…')
  return checkFilters(scope, value, 0)
}

function normaliseFields(value: unknown): string[] {
  const list = typeof value === 'string' ? value.split(',') : asList(value)
  if (!list || !list.every((item) => typeof item === 'string')) {
    return fail('fields: expected field names.')
  }
  const names = (list as string[]).map((item) => item.trim()).filter(Boolean)
  if (!names.every((name) => NAME.test(name))) {
    fail('fields: a field name is not valid.')
  }
  return names
}

const wholeNumber = (key: string, value: unknown, min: number): string => {
  if (typeof value === 'string' && /^\d{1,9}$/.test(value) && Number(value) >= min) {
    return String(Number(value))
  }
  return fail(`pagination: ${key} must be a whole number of at least ${min}.`)
}

function normalisePagination(value: unknown): Query {
  if (!isRecord(value)) return fail('pagination: expected e.g. pagination[page]=2.')
  const checked: Query = {}
  for (const [key, item] of Object.entries(value)) {
    if (!PAGINATION_KEYS.has(key)) fail('pagination: unknown key.')
    if (key === 'withCount') {
      if (typeof item !== 'string' || !FLAG_VALUES.has(item.toLowerCase())) {
        fail('pagination: withCount must be true or false.')
      }
      checked[key] = item
    } else {
      checked[key] = wholeNumber(key, item, key === 'page' || key === 'pageSize' ? 1 : 0)
    }
  }
  return checked
}

/** The query parameters these rules check; the rest pass through unchanged. */
export const CHECKED_PARAMS = ['sort', 'filters', 'fields', 'pagination', '_q', 'status', 'locale']

/**
 * Checks the shape of the content-API parameters of a parsed query string (against the model
 * read, when known) and returns it with sort, filters, fields and pagination in one canonical
 * form. Other parameters pass through: plugins' routes read their own (e.g. `confirmation`), and
 * `populate` is Strapi's to validate (the project's read routes replace it anyway).
 */
export function normaliseContentApiQuery(query: Query, scope: Scope = {}): Query {
  const normalised: Query = { ...query }
  if (query.sort !== undefined) normalised.sort = normaliseSort(query.sort, scope)
  if (query.filters !== undefined) normalised.filters = normaliseFilters(query.filters, scope)
  if (query.fields !== undefined) normalised.fields = normaliseFields(query.fields)
  if (query.pagination !== undefined) {
    normalised.pagination = normalisePagination(query.pagination)
  }
  if (query._q !== undefined && !isText(query._q)) fail('_q: expected a search text.')
  if (query.status !== undefined && query.status !== 'draft' && query.status !== 'published') {
    fail('status: expected "draft" or "published".')
  }
  const { locale } = query
  if (locale !== undefined && !(typeof locale === 'string' && /^[\w*-]{1,35}$/.test(locale))) {
    fail('locale: expected a locale code such as "en".')
  }
  return normalised
}
