import type { ModelAdmin } from '../utils/model-admin'

/** How the admin shows the home.* components (src/components/home/). */
const components: ModelAdmin[] = [
  {
    uid: 'home.hero',
    descriptions: {
      heading: 'The main headline of the home page.',
      subheading: 'One or two sentences under the headline.',
      image: 'Optional hero image with alternative text.',
    },
  },
]

export default components
