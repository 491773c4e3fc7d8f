import { describe, expect, it } from 'vitest'
import type { StrapiMedia } from '../../shared/types/cms'
import { mediaUrl, responsiveImage } from '../../shared/utils/media'

const format = (name: string, width: number) => ({
  url: `/uploads/${name}_photo_abc.jpg`,
  width,
  height: Math.round(width * 0.5),
  mime: 'image/jpeg',
  size: 10,
})

const photo: StrapiMedia = {
  id: 1,
  documentId: 'm1',
  url: '/uploads/photo_abc.jpg',
  alternativeText: 'The clinic’s waiting room',
  width: 2000,
  height: 1000,
  mime: 'image/jpeg',
  size: 100,
  formats: {
    large: format('large', 1000),
    thumbnail: format('thumbnail', 245),
    small: format('small', 500),
    medium: format('medium', 750),
  },
}

describe('responsive images from Strapi formats', () => {
  it('builds a width-sorted srcset ending with the original, and its intrinsic size', () => {
    expect(responsiveImage(photo)).toEqual({
      src: '/uploads/photo_abc.jpg',
      srcset: [
        '/uploads/thumbnail_photo_abc.jpg 245w',
        '/uploads/small_photo_abc.jpg 500w',
        '/uploads/medium_photo_abc.jpg 750w',
        '/uploads/large_photo_abc.jpg 1000w',
        '/uploads/photo_abc.jpg 2000w',
      ].join(', '),
      width: 2000,
      height: 1000,
    })
  })

  it('uses a single file without srcset when there are no formats', () => {
    expect(responsiveImage({ ...photo, formats: null })).toEqual({
      src: '/uploads/photo_abc.jpg',
      srcset: undefined,
      width: 2000,
      height: 1000,
    })
  })

  it('shows nothing when no dimension is known (it would shift the layout)', () => {
    expect(responsiveImage({ ...photo, width: null, height: null, formats: null })).toBeUndefined()
  })

  it.each([
    ['/uploads/a.jpg', '/uploads/a.jpg'],
    ['https://cdn.example/a.jpg', 'https://cdn.example/a.jpg'],
    ['javascript:alert(1)', undefined],
    ['/etc/passwd', undefined],
  ])('accepts %s as %s', (url, expected) => expect(mediaUrl(url)).toBe(expected))
})
