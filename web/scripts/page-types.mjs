// What the design screenshots, the benchmark and the browser tests share: the page types of the
// patient site (paths of the seeded launch content) and how Debian's Chromium is launched here.

/** One path per page type of the patient site. */
export const PAGE_TYPES = {
  home: '/',
  conditions: '/conditions',
  condition: '/conditions/ptsd',
  articles: '/articles',
  article: '/articles/ketamine-and-ptsd',
  locations: '/locations',
  location: '/locations/fort-worth',
  page: '/financing',
  'not-found': '/no-such-page',
}

/** Flags that keep Debian's Chromium headless, sandbox-free in CI and off the network. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Debian's Chromium (`apt-get install chromium`), or CHROMIUM_PATH. */
export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
