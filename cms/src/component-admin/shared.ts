import type { ModelAdmin } from '../utils/model-admin'

/** How the admin shows the shared.* components (src/components/shared/). */
const components: ModelAdmin[] = [
  {
    uid: 'shared.seo',
    descriptions: {
      metaTitle: 'Title for search results, up to 70 characters. Defaults to the page title.',
      metaDescription: 'Description for search results, up to 170 characters.',
      shareImage: 'Image shown when the page is shared on social networks (1200 × 630 works best).',
      canonicalUrl: 'Only when this content also lives at another address: the preferred URL.',
      noIndex: 'Ask search engines not to list this page.',
    },
  },
  {
    uid: 'shared.call-to-action',
    descriptions: {
      heading: 'The heading of the call to action, e.g. "Give Us A Call".',
      text: 'One or two sentences under the heading.',
      buttonLabel: 'The button text, e.g. "Request A Consultation".',
      action:
        'What the button does: open the consultation form, call the clinic, or follow a link.',
      url: 'Only for "link": the address the button goes to.',
    },
  },
  {
    uid: 'shared.address',
    descriptions: {
      streetLine1: 'Street and number, e.g. "906 W Cannon St."',
      streetLine2: 'Suite or floor, e.g. "Suite 100".',
      city: 'City, e.g. "Fort Worth".',
      state: 'Two-letter state code, e.g. "TX".',
      postalCode: 'ZIP code, e.g. "76104".',
      country: 'Two-letter country code.',
    },
  },
  {
    uid: 'shared.opening-hours',
    descriptions: {
      fromDay: 'First day of the range (or the only day).',
      toDay: 'Last day of the range. Leave empty for a single day.',
      opens: 'Opening time.',
      closes: 'Closing time.',
    },
  },
  {
    uid: 'shared.link',
    descriptions: {
      label: 'The link text.',
      url: 'A site path such as /conditions, or a full address.',
    },
  },
  {
    uid: 'shared.social-link',
    descriptions: {
      network: 'The social network.',
      url: 'The full address of the clinic profile.',
    },
  },
  {
    uid: 'shared.image',
    descriptions: {
      file: 'The image file. Large images are resized automatically.',
      alt: 'Describe the image for people who cannot see it. Required.',
    },
  },
  {
    uid: 'shared.financing-banner',
    descriptions: {
      text: 'The banner text, e.g. "Interest Free Financing Available".',
      linkLabel: 'Optional link text, e.g. "Learn more".',
      url: 'Where the banner links to, e.g. /financing.',
      enabled: 'Show the banner on the site.',
    },
  },
]

export default components
