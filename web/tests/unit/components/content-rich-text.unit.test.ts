import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import ContentParagraph from '~/components/content/ContentParagraph.vue'
import type { BlocksContent } from '#shared/types/cms'

const render = (text: BlocksContent) =>
  mountSuspended(ContentParagraph, { props: { block: { id: 1, text } } })

describe('ContentParagraph (Strapi blocks rich text)', () => {
  it('renders marks as nested elements and links as anchors', async () => {
    const wrapper = await render([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Plain, ' },
          { type: 'text', text: 'bold italic', bold: true, italic: true },
          { type: 'text', text: ' and ' },
          { type: 'text', text: 'gone', strikethrough: true, underline: true },
          { type: 'text', text: 'x', code: true },
          { type: 'link', url: '/financing', children: [{ type: 'text', text: 'financing' }] },
        ],
      },
    ])

    expect(wrapper.get('p strong > em').text()).toBe('bold italic')
    expect(wrapper.get('p u > s').text()).toBe('gone')
    expect(wrapper.get('p code').text()).toBe('x')
    expect(wrapper.get('p a').attributes('href')).toBe('/financing')
    expect(wrapper.get('p').text()).toBe('Plain, bold italic and gonexfinancing')
  })

  it('renders headings, lists and quotes, and never markup hidden in text', async () => {
    const wrapper = await render([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Before you start' }] },
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'Consultation' }] },
          { type: 'list-item', children: [{ type: 'text', text: '<img src=x onerror=alert(1)>' }] },
        ],
      },
      { type: 'quote', children: [{ type: 'text', text: 'Worth it.' }] },
    ])

    expect(wrapper.get('h2').text()).toBe('Before you start')
    expect(wrapper.findAll('ol > li').map((li) => li.text())).toEqual([
      'Consultation',
      '<img src=x onerror=alert(1)>',
    ])
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.get('blockquote').text()).toBe('Worth it.')
  })

  it('drops the link of an unsafe URL but keeps its text', async () => {
    const wrapper = await render([
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'click' }] },
        ],
      },
    ])
    expect(wrapper.find('a').exists()).toBe(false)
    expect(wrapper.get('p').text()).toBe('click')
  })
})
