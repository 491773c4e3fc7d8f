import { describe, expect, it } from 'vitest'
import { safeHref } from '../../shared/utils/safe-href'

describe('safeHref (links typed by editors)', () => {
  it.each([
    ['/financing', '/financing'],
    ['#symptoms', '#symptoms'],
    ['https://example.org/a?b=c', 'https://example.org/a?b=c'],
    ['mailto:care@example.org', 'mailto:care@example.org'],
    ['tel:+18175550134', 'tel:+18175550134'],
  ])('keeps %s', (url, href) => {
    expect(safeHref(url)).toBe(href)
  })

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,x',
    '//evil.example',
    '',
    null,
    undefined,
  ])('drops %s', (url) => {
    expect(safeHref(url)).toBeUndefined()
  })
})
