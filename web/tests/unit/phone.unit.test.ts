import { describe, expect, it } from 'vitest'
import { formatPhone, telHref } from '../../shared/utils/phone'

describe('formatPhone', () => {
  it.each([
    ['+18175550134', '(817) 555-0134'],
    [' +12145550199 ', '(214) 555-0199'],
    ['+442071838750', '+442071838750'],
    ['817-555-0134', '817-555-0134'],
  ])('shows %s as %s', (input, shown) => {
    expect(formatPhone(input)).toBe(shown)
  })
})

describe('telHref', () => {
  it.each([
    ['+18175550134', 'tel:+18175550134'],
    ['(817) 555-0134', 'tel:8175550134'],
    ['+1 817 555 0134', 'tel:+18175550134'],
  ])('dials %s through %s', (input, href) => {
    expect(telHref(input)).toBe(href)
  })
})
