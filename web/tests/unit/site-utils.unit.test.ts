import { describe, expect, it } from 'vitest'
import { CmsResponseError } from '../../server/utils/cms-errors'
import { readPagination } from '../../server/utils/cms-pagination'
import { addressLines, mapsSearchUrl } from '../../shared/utils/address'
import { formatDays, formatOpening, formatTime } from '../../shared/utils/hours'
import { parsePageParam } from '../../shared/utils/pagination'
import { buildSitemap } from '../../shared/utils/sitemap'

const address = {
  id: 1,
  streetLine1: '906 W Cannon St.',
  streetLine2: 'Suite 100',
  city: 'Fort Worth',
  state: 'TX',
  postalCode: '76104',
  country: 'US',
}

describe('opening hours text', () => {
  it.each([
    ['09:00:00.000', '9:00 AM'],
    ['12:30:00', '12:30 PM'],
    ['17:00:00.000', '5:00 PM'],
    ['00:15', '12:15 AM'],
  ])('formats %s as %s', (time, text) => expect(formatTime(time)).toBe(text))

  it('shows a day range, or a single day', () => {
    expect(formatDays({ fromDay: 'Monday', toDay: 'Friday' })).toBe('Monday – Friday')
    expect(formatDays({ fromDay: 'Saturday', toDay: null })).toBe('Saturday')
    expect(formatOpening({ opens: '09:00:00.000', closes: '17:00:00.000' })).toBe(
      '9:00 AM – 5:00 PM',
    )
  })
})

describe('address', () => {
  it('renders envelope lines and a maps link the visitor follows', () => {
    expect(addressLines(address)).toEqual(['906 W Cannon St., Suite 100', 'Fort Worth, TX 76104'])
    const url = new URL(mapsSearchUrl(address))
    expect(url.origin + url.pathname).toBe('https://www.google.com/maps/search/')
    expect(url.searchParams.get('query')).toBe(
      '906 W Cannon St., Suite 100, Fort Worth, TX 76104, US',
    )
  })
})

describe('?page= of a listing', () => {
  it.each([
    [undefined, 1],
    ['', 1],
    ['1', 1],
    ['12', 12],
    [['3', '4'], 3],
    ['0', undefined],
    ['-1', undefined],
    ['2.5', undefined],
    ['abc', undefined],
    ['01', undefined],
  ])('reads %j as %j', (value, page) => expect(parsePageParam(value)).toBe(page))
})

describe('Strapi pagination meta', () => {
  it('reads page, pageSize, pageCount and total', () => {
    const meta = { pagination: { page: 2, pageSize: 12, pageCount: 3, total: 30 } }
    expect(readPagination('/api/articles', meta)).toEqual(meta.pagination)
  })

  it.each([undefined, {}, { pagination: { page: '2', pageSize: 12, pageCount: 1, total: 1 } }])(
    'rejects %j as an unusable response',
    (meta) => expect(() => readPagination('/api/articles', meta)).toThrow(CmsResponseError),
  )
})

describe('sitemap', () => {
  it('lists the listing pages and every document under its section, XML-escaped', () => {
    const xml = buildSitemap(
      'https://vigeo.example',
      ['/', '/articles'],
      [
        { prefix: '/articles', entries: [{ slug: 'a-b', updatedAt: '2026-03-04T05:06:07.000Z' }] },
        { prefix: '', entries: [{ slug: 'financing&more', updatedAt: '2026-01-01T00:00:00Z' }] },
      ],
    )
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/)
    expect(xml).toContain('<url><loc>https://vigeo.example/</loc></url>')
    expect(xml).toContain(
      '<url><loc>https://vigeo.example/articles/a-b</loc><lastmod>2026-03-04</lastmod></url>',
    )
    expect(xml).toContain('<loc>https://vigeo.example/financing&amp;more</loc>')
  })
})
