import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM_FLAGS, chromiumPath, PAGE_TYPES } from '../../scripts/page-types.mjs'

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS] })

export { PAGE_TYPES }

export const VIEWPORTS = [
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
] as const
