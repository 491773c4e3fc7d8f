import { describe, expect, it } from 'vitest'
import {
  type ModelLookup,
  normaliseContentApiQuery,
  normaliseSort,
  QueryShapeError,
} from '../../src/utils/query-shape'

const MODELS: Record<string, Record<string, { type: string; target?: string }>> = {
  'api::article.article': {
    title: { type: 'string' },
    readingTimeMinutes: { type: 'integer' },
    conditions: { type: 'relation', target: 'api::condition.condition' },
    body: { type: 'dynamiczone' },
  },
  'api::condition.condition': { name: { type: 'string' } },
}
const scope = { lookup: ((uid) => MODELS[uid]) as ModelLookup, uid: 'api::article.article' }

describe('normaliseSort', () => {
  it.each([
    ['a string', 'title', ['title:asc']],
    [
      'a comma list with orders',
      'title:DESC, readingTimeMinutes',
      ['title:desc', 'readingTimeMinutes:asc'],
    ],
    ['a list', ['title:desc', 'readingTimeMinutes'], ['title:desc', 'readingTimeMinutes:asc']],
    ['an object', { title: 'desc' }, ['title:desc']],
    [
      'a nested object through a relation',
      { conditions: { name: 'asc' } },
      ['conditions.name:asc'],
    ],
  ])('writes %s as canonical path:order strings', (_form, sort, expected) => {
    expect(normaliseSort(sort, scope)).toEqual(expected)
  })

  it.each([
    ['a path of dots', '../../'],
    ['a sub-field of a plain field', { title: { x: 'asc' } }],
    ['an order that is not asc or desc', { title: 'up' }],
    ['a dynamic zone', 'body'],
  ])('refuses %s', (_what, sort) => {
    expect(() => normaliseSort(sort, scope)).toThrow(QueryShapeError)
  })
})

describe('normaliseContentApiQuery', () => {
  it('keeps the parameters it does not check, and canonicalises those it does', () => {
    expect(
      normaliseContentApiQuery(
        {
          sort: 'title',
          pagination: { page: '02' },
          fields: 'title,readingTimeMinutes',
          confirmation: 'x',
        },
        scope,
      ),
    ).toEqual({
      sort: ['title:asc'],
      pagination: { page: '2' },
      fields: ['title', 'readingTimeMinutes'],
      confirmation: 'x',
    })
  })

  it.each([
    ['a number filter with text', { filters: { readingTimeMinutes: { $gt: 'abc' } } }],
    ['a number past the column range', { filters: { readingTimeMinutes: '99999999999' } }],
    ['a text operator on a number', { filters: { readingTimeMinutes: { $contains: '5' } } }],
    ['a relation compared with text', { filters: { conditions: 'x' } }],
    ['an empty $in list', { filters: { title: { $in: [] } } }],
    [
      'filters nested past the depth limit',
      {
        filters: {
          $not: {
            $not: {
              $not: { $not: { $not: { $not: { $not: { $not: { $not: { title: 'x' } } } } } } },
            },
          },
        },
      },
    ],
  ])('refuses %s', (_what, query) => {
    expect(() => normaliseContentApiQuery(query, scope)).toThrow(QueryShapeError)
  })
})
