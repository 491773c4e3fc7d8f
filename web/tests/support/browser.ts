import { chromium, type Browser } from 'playwright-core'

/** Flags that keep Debian's Chromium headless, sandbox-free in CI and off the network. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS })

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
  'not found': '/no-such-page',
} as const

export const VIEWPORTS = [
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
] as const
