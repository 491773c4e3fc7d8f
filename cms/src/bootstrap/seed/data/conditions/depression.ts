import { condition } from './build'

export const depression = condition({
  name: 'Depression',
  slug: 'depression',
  displayOrder: 20,
  summary:
    'Depression is a common mood disorder that affects how a person feels, thinks and handles daily life.',
})
