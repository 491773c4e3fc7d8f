/** Builders for the dynamic-zone blocks, so seed files read like the page they describe. */
export const h2 = (text: string) => ({ __component: 'content.heading', text, level: 'h2' })
export const h3 = (text: string) => ({ __component: 'content.heading', text, level: 'h3' })

export const p = (text: string) => ({
  __component: 'content.paragraph',
  text: [{ type: 'paragraph', children: [{ type: 'text', text }] }],
})

export const bullets = (intro: string | null, items: string[]) => ({
  __component: 'content.bullet-list',
  intro,
  items: items.map((text) => ({ text })),
})

export const cta = (
  heading: string,
  text: string,
  buttonLabel: string,
  action: 'request-consultation' | 'call' | 'link',
  url?: string,
) => ({ __component: 'shared.call-to-action', heading, text, buttonLabel, action, url })

/** A call to action inside a component field (no __component discriminator). */
export const callToAction = (...args: Parameters<typeof cta>) => {
  const { __component: _ignored, ...rest } = cta(...args)
  return rest
}
