import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { axeViolations } from '../support/axe'
import { launchBrowser } from '../support/browser'
import type { CmsServer } from '../support/cms-server'
import { startSite, type Site } from '../support/site'
import type { WebServer } from '../support/web-server'
import { leadsInCms } from '../support/cms-leads'
import { INTAKE_TOKEN } from '../support/lead-requests'

// A patient on a phone, in a real browser, against the real CMS (needs its intake route).
describe('the consultation form on a 375 px phone', () => {
  let site: Site | undefined
  let cms: CmsServer | undefined
  let web: WebServer | undefined
  let browser: Browser | undefined
  let page: Page

  beforeAll(async () => {
    site = await startSite({
      cmsEnv: { LEAD_INTAKE_TOKEN: INTAKE_TOKEN },
      token: 'admin-created',
      web: { env: { NUXT_LEAD_INTAKE_TOKEN: INTAKE_TOKEN, NUXT_LEAD_MIN_FILL_SECONDS: '1' } },
    })
    ;({ cms, web } = site)
    browser = await launchBrowser()
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await site?.stop()
  })

  beforeEach(async () => {
    if (!browser) throw new Error('no browser')
    page = await browser.newPage({ viewport: { width: 375, height: 740 } })
    await page.goto(`${web?.url}/request-consultation`)
    // Wait for the enhancement script: inline validation must be in place.
    await page.waitForSelector('form[data-enhanced]')
  })

  it('lets a patient send a request and shows the thank-you page with the clinic phone', async () => {
    await page.getByLabel('Full name', { exact: true }).fill('Jane Patient')
    await page.getByLabel('Phone', { exact: true }).fill('(817) 555-0199')
    await page.locator('#lead-email').fill('jane.e2e@example.com')
    await page.getByLabel('Text message', { exact: true }).check()
    await page.getByLabel('Condition of interest').selectOption('ptsd')
    await page.getByLabel(/I agree that Vigeo Wellness may contact me/).check()
    const submissionId = await page.locator('input[name="submissionId"]').getAttribute('value')
    await page.getByRole('button', { name: 'Request my consultation' }).click()
    await page.waitForURL('**/request-consultation/thank-you')
    await expect
      .poll(() => page.locator('h1').textContent())
      .toContain('we have received your request')
    expect(await page.locator('a[href^="tel:"]').first().getAttribute('href')).toMatch(
      /^tel:\+1\d{10}$/,
    )
    expect(page.url()).not.toContain('jane')
    const [lead] = await leadsInCms(cms?.url ?? '', submissionId ?? '')
    expect(lead).toMatchObject({ fullName: 'Jane Patient', preferredContactMethod: 'text' })
    await page.close()
  })

  it('works without JavaScript: server-rendered errors, then the thank-you page', async () => {
    await page.close()
    const context = await browser?.newContext({
      javaScriptEnabled: false,
      viewport: { width: 375, height: 740 },
    })
    if (!context) throw new Error('no browser')
    const plain = await context.newPage()
    await plain.goto(`${web?.url}/request-consultation`)
    await plain.getByLabel('Full name', { exact: true }).fill('Jane Plain')
    await plain.getByRole('button', { name: 'Request my consultation' }).click()
    await plain.waitForLoadState()
    expect(await plain.locator('#lead-phone-error').textContent()).toBe(
      'Please enter your phone number',
    )
    expect(await plain.getByLabel('Full name', { exact: true }).inputValue()).toBe('Jane Plain')
    expect(plain.url()).toMatch(/\/request-consultation$/)
    await plain.getByLabel('Phone', { exact: true }).fill('817-555-0142')
    await plain.locator('#lead-email').fill('jane.plain@example.com')
    await plain.getByLabel(/I agree that Vigeo Wellness may contact me/).check()
    await plain.getByRole('button', { name: 'Request my consultation' }).click()
    await plain.waitForURL('**/request-consultation/thank-you')
    expect(await plain.locator('h1').textContent()).toContain('we have received your request')
    await context.close()
  })

  it('runs one small first-party script, no app, and checks a field as the patient leaves it', async () => {
    const scripts = await page
      .locator('script[src]')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('src')))
    expect(scripts).toEqual([expect.stringMatching(/^\/_scripts\/lead-form\.[\w-]+\.js$/)])
    expect(await page.locator('link[rel="modulepreload"], #__NUXT_DATA__').count()).toBe(0)

    const phone = page.getByLabel('Phone', { exact: true })
    await phone.fill('555-0134')
    await page.locator('#lead-email').focus()
    expect(await page.locator('#lead-phone-error').textContent()).toBe(
      'Please enter a US phone number with area code, e.g. (817) 555-0134',
    )
    expect(await phone.getAttribute('aria-invalid')).toBe('true')
    expect(await phone.getAttribute('aria-describedby')).toBe('lead-phone-hint lead-phone-error')
    // Only the field left is judged: the e-mail, not yet typed, shows nothing.
    expect(await page.locator('#lead-email-error').isVisible()).toBe(false)
    // No summary until the patient tries to send.
    expect(await page.locator('[role="alert"]').isVisible()).toBe(false)

    await phone.fill('(817) 555-0134')
    await page.locator('#lead-email').focus()
    expect(await page.locator('#lead-phone-error').isVisible()).toBe(false)
    expect(await phone.getAttribute('aria-invalid')).toBeNull()
    expect(await phone.getAttribute('aria-describedby')).toBe('lead-phone-hint')

    await page.getByLabel(/I agree that Vigeo Wellness may contact me/).check()
    await page.getByLabel(/I agree that Vigeo Wellness may contact me/).uncheck()
    expect(await page.locator('#lead-consent-error').textContent()).toBe(
      'Please confirm we may contact you',
    )
    expect(await axeViolations(page, '#lead-form')).toEqual([])
    await page.close()
  })

  it('shows inline errors for an empty form and moves focus to the first one', async () => {
    await page.getByRole('button', { name: 'Request my consultation' }).click()
    await expect.poll(() => page.locator('[role="alert"]').isVisible()).toBe(true)
    expect(await page.locator('[role="alert"] li').count()).toBe(4)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lead-fullName')
    const name = page.getByLabel('Full name', { exact: true })
    expect(await name.getAttribute('aria-invalid')).toBe('true')
    expect(await name.getAttribute('aria-describedby')).toBe('lead-fullName-error')
    expect(await page.locator('#lead-fullName-error').textContent()).toBe(
      'Please enter your full name',
    )
    expect(await page.locator('#lead-consent-error').textContent()).toBe(
      'Please confirm we may contact you',
    )
    const box = await page.getByRole('button', { name: 'Request my consultation' }).boundingBox()
    expect(box?.height).toBeGreaterThanOrEqual(44)
    expect(page.url()).toMatch(/\/request-consultation$/)
    expect(await axeViolations(page, '#lead-form')).toEqual([])
    await page.close()
  })
})
