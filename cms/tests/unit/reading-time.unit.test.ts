import { describe, expect, it } from 'vitest'
import { readingTimeMinutes } from '../../src/api/article/services/reading-time'

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ')
const paragraph = (text: string) => ({
  __component: 'content.paragraph',
  text: [{ type: 'paragraph', children: [{ type: 'text', text }] }],
})

describe('readingTimeMinutes', () => {
  it.each([
    ['an empty body', [], 1],
    ['no body at all', null, 1],
    ['220 words', [paragraph(words(220))], 1],
    ['221 words', [paragraph(words(221))], 2],
    ['1100 words across blocks', [paragraph(words(600)), paragraph(words(500))], 5],
  ])('reads %s as %i minute(s)', (_label, body, minutes) => {
    expect(readingTimeMinutes(body)).toBe(minutes)
  })

  it('counts list items, headings and quotes but not enum values like the heading level', () => {
    const body = [
      { __component: 'content.heading', text: words(100), level: 'h2' },
      { __component: 'content.bullet-list', intro: words(60), items: [{ text: words(61) }] },
      { __component: 'content.quote', text: words(10), attribution: 'A B' },
    ]
    // 233 words of text: two minutes. Counting "h2" would not change that, so check the total.
    expect(readingTimeMinutes(body)).toBe(2)
    expect(
      readingTimeMinutes([{ __component: 'content.heading', text: words(220), level: 'h2' }]),
    ).toBe(1)
  })
})
