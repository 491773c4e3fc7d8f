import { describe, expect, it } from 'vitest'
import { slugify } from '../../shared/utils/slugify'

describe('slugify (heading anchors)', () => {
  it.each([
    ['Symptoms Of PTSD', 'symptoms-of-ptsd'],
    ['How Ketamine Works In The Brain', 'how-ketamine-works-in-the-brain'],
    ['Recreational Use & Potential Risks', 'recreational-use-and-potential-risks'],
    ['  What Is Ketamine?  ', 'what-is-ketamine'],
    ['Café – déjà vu', 'cafe-deja-vu'],
    ['???', ''],
  ])('anchors "%s" as "%s"', (text, anchor) => {
    expect(slugify(text)).toBe(anchor)
  })
})
