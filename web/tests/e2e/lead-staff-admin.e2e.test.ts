import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../support/browser'
import { adminJwt, startCmsServer, type CmsServer } from '../support/cms-server'
import { leadsInCms } from '../support/cms-leads'
import { INTAKE_TOKEN } from '../support/lead-requests'

const COORDINATOR = {
  firstname: 'Casey',
  lastname: 'Coordinator',
  email: 'casey.e2e@vigeo.test',
  password: 'Coordinator-pass-1234',
}
const PATIENT = `Morgan Staffview ${randomUUID().slice(0, 6)}`

async function api(cms: CmsServer, path: string, body?: unknown, jwt?: string): Promise<unknown> {
  const response = await fetch(`${cms.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(jwt && { Authorization: `Bearer ${jwt}` }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  })
  if (!response.ok) throw new Error(`${path} answered ${response.status}`)
  return ((await response.json()) as { data: unknown }).data
}

/** An Intake coordinator invited by the super admin, who then registers, as in real life. */
async function inviteCoordinator(cms: CmsServer): Promise<void> {
  const token = await adminJwt(cms.url)
  const roles = (await api(cms, '/admin/roles', undefined, token)) as { id: number; code: string }[]
  const role = roles.find((candidate) => candidate.code === 'intake-coordinator')
  if (!role) throw new Error('no Intake coordinator role')
  const user = (await api(
    cms,
    '/admin/users',
    {
      firstname: COORDINATOR.firstname,
      lastname: COORDINATOR.lastname,
      email: COORDINATOR.email,
      roles: [role.id],
    },
    token,
  )) as { registrationToken: string }
  await api(cms, '/admin/register', {
    registrationToken: user.registrationToken,
    userInfo: {
      firstname: COORDINATOR.firstname,
      lastname: COORDINATOR.lastname,
      password: COORDINATOR.password,
    },
  })
}

// A coordinator works a new lead in the real Strapi admin, in a real browser.
describe('an intake coordinator in the Strapi admin', () => {
  let cms: CmsServer | undefined
  let browser: Browser | undefined
  let page: Page
  const submissionId = randomUUID()

  beforeAll(async () => {
    cms = await startCmsServer({
      env: { LEAD_INTAKE_TOKEN: INTAKE_TOKEN, SERVE_ADMIN_PANEL: 'true' },
    })
    await inviteCoordinator(cms)
    const created = await fetch(`${cms.url}/api/lead-submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${INTAKE_TOKEN}` },
      body: JSON.stringify({
        data: {
          fullName: PATIENT,
          phone: '+18175550142',
          email: 'morgan.staffview@example.com',
          preferredContactMethod: 'phone',
          preferredContactTime: 'morning',
          condition: 'ptsd',
          consent: true,
          consentTextVersion: '2026-11-28',
          consentedAt: new Date().toISOString(),
          utmSource: 'newsletter',
          submissionId,
        },
      }),
    })
    expect(created.status).toBe(201)
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await cms?.stop()
  })

  it('signs in and sees the leads widgets on the admin home page', async () => {
    await page.goto(`${cms?.url}/admin/auth/login`)
    await page.getByLabel('Email').fill(COORDINATOR.email)
    await page.getByLabel('Password').fill(COORDINATOR.password)
    await page.getByRole('button', { name: 'Login' }).click()
    const pipeline = page.getByRole('region', { name: 'Leads by status' })
    await pipeline.waitFor({ timeout: 30_000 })
    await expect.poll(() => pipeline.getByRole('listitem').first().textContent()).toBe('New1')
    await expect.poll(() => page.getByText('Median time to first contact').count()).toBe(1)
    const byCondition = page.getByRole('region', { name: 'By condition' })
    expect(await byCondition.getByRole('listitem').first().textContent()).toBe('PTSD1')
    const bySource = page.getByRole('region', { name: 'By source' })
    expect(await bySource.getByRole('listitem').first().textContent()).toBe('newsletter1')
    expect(await page.getByRole('img', { name: /1 leads in the last 30 days/ }).count()).toBe(1)
  })

  it('finds the lead, moves it to contacted and sees the change in its history', async () => {
    await page
      .getByRole('region', { name: 'Leads by status' })
      .getByRole('link', { name: 'New' })
      .click()
    await page.waitForURL(/\/content-manager\/collection-types\/api::lead\.lead\?/)
    // The list's own "Export CSV" downloads what the list shows.
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export CSV' }).click()
    const csv = await readFile((await (await download).path()) ?? '', 'utf8')
    expect(csv.trimEnd().split('\r\n')).toHaveLength(2)
    expect(csv).toContain(`${PATIENT},(817) 555-0142,`)

    await page.getByRole('gridcell', { name: PATIENT }).click()
    // The condition the lead names shows by its name, not as a document id.
    await page.getByText('PTSD', { exact: true }).first().waitFor()
    if (process.env.SCREENSHOT_DIR) {
      await page.screenshot({
        path: `${process.env.SCREENSHOT_DIR}/lead-edit-view.png`,
        fullPage: true,
      })
    }
    await page.getByRole('combobox', { name: 'Status' }).click()
    await page.getByRole('option', { name: 'contacted' }).click()
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByText('Saved document').waitFor()

    // The lead's side panel lists the change, by whom and when, read-only.
    await page.reload()
    const history = page.getByRole('list', { name: 'Status changes, newest first' })
    await history.waitFor()
    expect(await history.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^new → contacted, by Casey Coordinator, /),
    ])

    const [lead] = await leadsInCms(cms?.url ?? '', submissionId)
    expect(lead).toMatchObject({ intakeStatus: 'contacted' })
    expect(lead?.firstContactedAt).toEqual(expect.any(String))
  })
})
