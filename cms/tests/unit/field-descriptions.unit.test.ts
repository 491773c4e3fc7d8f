import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { labelFor } from '../../src/bootstrap/content-manager'
import { fieldDescriptions } from '../../src/model-admin'

const src = join(__dirname, '..', '..', 'src')

type Schema = { attributes: Record<string, unknown> }

const schemas: (readonly [string, Schema])[] = [
  ...readdirSync(join(src, 'api')).map((api) => {
    const file = join(src, 'api', api, 'content-types', api, 'schema.json')
    return [`api::${api}.${api}`, JSON.parse(readFileSync(file, 'utf8'))] as const
  }),
  ...readdirSync(join(src, 'components')).flatMap((category) =>
    readdirSync(join(src, 'components', category)).map((file) => {
      const schema = JSON.parse(readFileSync(join(src, 'components', category, file), 'utf8'))
      return [`${category}.${file.replace('.json', '')}`, schema] as const
    }),
  ),
]

describe('admin field help', () => {
  it.each(schemas)('%s has a description for every field', (uid, schema) => {
    const missing = Object.keys(schema.attributes).filter(
      (field) => !fieldDescriptions[uid]?.[field]?.trim(),
    )
    expect(missing).toEqual([])
  })

  it('describes no field that does not exist', () => {
    const known = new Map(schemas.map(([uid, schema]) => [uid, Object.keys(schema.attributes)]))
    const stale = Object.entries(fieldDescriptions).flatMap(([uid, fields]) =>
      Object.keys(fields)
        .filter((field) => !known.get(uid)?.includes(field))
        .map((field) => `${uid}.${field}`),
    )
    expect(stale).toEqual([])
  })
})

describe('admin field labels', () => {
  it.each([
    ['streetLine1', 'Street line 1'],
    ['preferredContactMethod', 'Preferred contact method'],
    ['readingTimeMinutes', 'Reading time (minutes)'],
    ['seo', 'SEO'],
    ['title', 'Title'],
  ])('labels %s as "%s"', (field, label) => {
    expect(labelFor(field)).toBe(label)
  })
})
