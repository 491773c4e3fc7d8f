import { condition } from './build'

export const chronicPain = condition({
  name: 'Chronic Pain',
  slug: 'chronic-pain',
  displayOrder: 40,
  summary:
    'Chronic pain is pain that lasts for months or longer, beyond the usual time for an injury or illness to heal.',
})
