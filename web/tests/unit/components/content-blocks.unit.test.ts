import { mountSuspended } from '@nuxt/test-utils/runtime'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ContentBlocks from '~/components/content/ContentBlocks.vue'
import { useLoadedSiteSettings } from '~/composables/useSiteSettings'
import type { SiteSetting } from '#shared/types/cms'
import type { ContentBlock } from '#shared/types/content'

const paragraph = (text: string): ContentBlock => ({
  __component: 'content.paragraph',
  id: 2,
  text: [{ type: 'paragraph', children: [{ type: 'text', text }] }],
})

const cta = (id: number, action: 'request-consultation' | 'call' | 'link', url: string | null) =>
  ({
    __component: 'shared.call-to-action',
    id,
    heading: `Heading ${id}`,
    text: 'Ready when you are.',
    buttonLabel: `Button ${id}`,
    action,
    url,
  }) satisfies ContentBlock

const blocks: ContentBlock[] = [
  { __component: 'content.heading', id: 1, text: 'Symptoms Of PTSD', level: 'h3' },
  paragraph('Post-traumatic stress disorder.'),
  {
    __component: 'content.bullet-list',
    id: 3,
    intro: 'Common symptoms include:',
    items: [
      { id: 1, text: 'Nightmares' },
      { id: 2, text: 'Difficulty sleeping' },
    ],
  },
  { __component: 'content.quote', id: 4, text: 'It helped.', attribution: 'A patient' },
  cta(5, 'request-consultation', null),
  cta(6, 'call', null),
  cta(7, 'link', 'https://example.org/financing'),
  cta(8, 'link', 'javascript:alert(1)'),
]

describe('ContentBlocks', () => {
  beforeEach(() => {
    const site = useLoadedSiteSettings()
    site.value = { clinicName: 'Vigeo Wellness', mainPhone: '+18175550134' } as SiteSetting
  })

  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('renders every registered block type with its component', async () => {
    const wrapper = await mountSuspended(ContentBlocks, { props: { blocks } })

    expect(wrapper.get('h3#symptoms-of-ptsd').text()).toBe('Symptoms Of PTSD')
    expect(wrapper.get('.rich-text p').text()).toBe('Post-traumatic stress disorder.')
    expect(wrapper.get('.bullet-list p').text()).toBe('Common symptoms include:')
    expect(wrapper.findAll('.bullet-list li').map((li) => li.text())).toEqual([
      'Nightmares',
      'Difficulty sleeping',
    ])
    expect(wrapper.get('blockquote').text()).toBe('It helped.')
    expect(wrapper.get('figcaption').text()).toBe('A patient')

    const buttons = wrapper.findAll('.cta').map((section) => ({
      heading: section.get('h2').text(),
      href: section.find('a').exists() ? section.get('a').attributes('href') : null,
    }))
    expect(buttons).toEqual([
      { heading: 'Heading 5', href: '/request-consultation' },
      { heading: 'Heading 6', href: 'tel:+18175550134' },
      { heading: 'Heading 7', href: 'https://example.org/financing' },
      { heading: 'Heading 8', href: null },
    ])
  })

  it('skips a block type it does not know and warns once per type', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const unknown = (id: number) => ({ __component: 'media.video', id }) as unknown as ContentBlock

    const wrapper = await mountSuspended(ContentBlocks, {
      props: { blocks: [unknown(1), paragraph('Still rendered.'), unknown(2)] },
    })

    expect(wrapper.get('.rich-text').text()).toBe('Still rendered.')
    expect(wrapper.get('.content-blocks').element.children).toHaveLength(1)
    const warnings = warn.mock.calls.filter(([message]) => String(message).includes('media.video'))
    expect(warnings).toHaveLength(1)
  })
})
