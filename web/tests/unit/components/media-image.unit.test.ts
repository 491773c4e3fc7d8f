import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import MediaImage from '~/components/media/MediaImage.vue'
import type { SharedImage } from '#shared/types/cms'

const image: SharedImage = {
  id: 1,
  alt: 'Our treatment room',
  file: {
    id: 1,
    documentId: 'm1',
    url: '/uploads/room_abc.jpg',
    alternativeText: null,
    width: 1600,
    height: 900,
    mime: 'image/jpeg',
    size: 100,
    formats: {
      small: {
        url: '/uploads/small_room_abc.jpg',
        width: 500,
        height: 281,
        mime: 'image/jpeg',
        size: 1,
      },
    },
  },
}

describe('MediaImage', () => {
  it('renders the CMS alt text, a srcset from the formats and a fixed aspect ratio', async () => {
    const wrapper = await mountSuspended(MediaImage, { props: { image, sizes: '50vw' } })
    const img = wrapper.get('img')
    expect(img.attributes()).toMatchObject({
      src: '/uploads/room_abc.jpg',
      srcset: '/uploads/small_room_abc.jpg 500w, /uploads/room_abc.jpg 1600w',
      sizes: '50vw',
      width: '1600',
      height: '900',
      alt: 'Our treatment room',
      loading: 'lazy',
    })
  })

  it('renders nothing for an image component without a file', async () => {
    const wrapper = await mountSuspended(MediaImage, { props: { image: { ...image, file: null } } })
    expect(wrapper.find('img').exists()).toBe(false)
  })
})
