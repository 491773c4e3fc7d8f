import { condition } from './build'

export const anxiety = condition({
  name: 'Anxiety',
  slug: 'anxiety',
  displayOrder: 30,
  summary:
    'Anxiety disorders involve worry or fear that is persistent, hard to control and gets in the way of everyday activities.',
})
