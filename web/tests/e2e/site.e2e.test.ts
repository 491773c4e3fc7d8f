import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations } from '../support/axe'
import { launchBrowser, PAGE_TYPES, VIEWPORTS } from '../support/browser'
import { startSite, type Site } from '../support/site'
import type { WebServer } from '../support/web-server'

/** Whether at least one element matching the selector is fully inside the viewport now. */
async function anyInViewport(page: Page, selector: string): Promise<boolean> {
  const viewport = page.viewportSize()
  if (!viewport) return false
  for (const element of await page.locator(selector).filter({ visible: true }).all()) {
    const box = await element.boundingBox()
    if (box && box.y >= 0 && box.y + box.height <= viewport.height) return true
  }
  return false
}

describe('the patient site in a real browser', () => {
  let site: Site | undefined
  let web: WebServer | undefined
  let browser: Browser | undefined

  beforeAll(async () => {
    ;[site, browser] = await Promise.all([startSite({ token: 'admin-created' }), launchBrowser()])
    ;({ web } = site)
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await site?.stop()
  })

  async function open(viewport: (typeof VIEWPORTS)[number], path: string) {
    const page = await (browser as Browser).newPage({ viewport })
    const foreign: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith(web?.url ?? '-')) foreign.push(request.url())
    })
    await page.goto(`${web?.url}${path}`, { waitUntil: 'load' })
    // Pages are plain HTML; the consultation form is checked once its script has enhanced it.
    if (await page.locator('form[data-inline-validation]').count()) {
      await page.waitForSelector('form[data-enhanced]')
    }
    return { page, foreign }
  }

  describe.each(VIEWPORTS)('at $width px', (viewport) => {
    it('takes a patient from the home page to the PTSD article, with Call Now always in view', async () => {
      const { page, foreign } = await open(viewport, '/')
      const menu = page.getByRole('navigation', { name: 'Main' }).locator('details')
      await menu.locator('summary').click()
      await page.keyboard.press('Escape')
      await expect.poll(() => menu.getAttribute('open')).toBeNull()
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByText('Conditions We Treat', { exact: true })
        .click()
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'PTSD' })
        .click()
      await page.waitForURL('**/conditions/ptsd')
      await expect.poll(() => page.locator('h1').textContent()).toBe('PTSD')

      await page.getByRole('main').getByRole('link', { name: 'Ketamine & PTSD' }).click()
      await page.waitForURL('**/articles/ketamine-and-ptsd')
      await expect.poll(() => page.locator('h1').textContent()).toBe('Ketamine & PTSD')

      // Deep in a long article, calling and requesting a consultation stay one tap away.
      await page.evaluate(() => window.scrollTo({ top: 3000, behavior: 'instant' }))
      await page.waitForFunction(() => window.scrollY > 1000)
      expect(await anyInViewport(page, 'a[href^="tel:+1"]:has-text("Call Now")')).toBe(true)
      expect(await anyInViewport(page, 'a[href^="/request-consultation"]')).toBe(true)
      expect(foreign).toEqual([])
      await page.close()
    })

    it.each([
      ['a content page, without the app', '/'],
      ['the consultation form', '/request-consultation'],
    ])(
      'closes the conditions menu with Escape on %s, focus back on its toggle',
      async (_, path) => {
        const { page } = await open(viewport, path)
        const menu = page.getByRole('navigation', { name: 'Main' }).locator('details')
        await menu.locator('summary').click()
        expect(await menu.getAttribute('open')).not.toBeNull()
        await menu.getByRole('link', { name: 'PTSD' }).focus()
        await page.keyboard.press('Escape')
        await expect.poll(() => menu.getAttribute('open')).toBeNull()
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY')
        await page.close()
      },
    )

    it('leaves the consultation form for a content page, no app on either', async () => {
      const { page } = await open(viewport, '/request-consultation')
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Articles' })
        .click()
      await page.waitForURL('**/articles')
      await expect.poll(() => page.locator('h1').textContent()).toBe('Articles')
      expect(await page.locator('script[type="module"]').count()).toBe(0)
      expect(
        await page.evaluate(() =>
          Boolean(
            (document.querySelector('#__nuxt') as { __vue_app__?: unknown } | null)?.__vue_app__,
          ),
        ),
      ).toBe(false)
      await page.close()
    })

    it('opens the conditions menu without JavaScript', async () => {
      const context = await (browser as Browser).newContext({ viewport, javaScriptEnabled: false })
      const page = await context.newPage()
      await page.goto(`${web?.url}/`)
      const nav = page.getByRole('navigation', { name: 'Main' })
      await nav.getByText('Conditions We Treat', { exact: true }).click()
      await nav.getByRole('link', { name: 'Chronic Pain' }).click()
      await page.waitForURL('**/conditions/chronic-pain')
      expect(await page.locator('h1').textContent()).toBe('Chronic Pain')
      await context.close()
    })

    it.each([...Object.entries(PAGE_TYPES), ['consultation', '/request-consultation']])(
      'has no WCAG 2.2 AA violations on the %s page',
      async (_, path) => {
        const { page, foreign } = await open(viewport, path)
        expect(await axeViolations(page)).toEqual([])
        expect(foreign).toEqual([])
        await page.close()
      },
    )
  })
})
