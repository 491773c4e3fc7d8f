import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CmsServer } from '../support/cms-server'
import { startSite, type Site } from '../support/site'
import type { WebServer } from '../support/web-server'
import { leadsInCms } from '../support/cms-leads'
import { INTAKE_TOKEN, leadBody, postLead, renderForm } from '../support/lead-requests'

// Needs the CMS intake route (POST /api/lead-submissions) in cms/dist.
describe('consultation requests into the real CMS', () => {
  let site: Site | undefined
  let cms: CmsServer | undefined
  let web: WebServer | undefined
  let outboxDir = ''
  const url = () => web?.url ?? ''
  const cmsUrl = () => cms?.url ?? ''

  beforeAll(async () => {
    outboxDir = mkdtempSync(join(tmpdir(), 'lead-outbox-'))
    site = await startSite({
      cmsEnv: { LEAD_INTAKE_TOKEN: INTAKE_TOKEN },
      token: 'admin-created',
      web: {
        env: {
          NUXT_LEAD_INTAKE_TOKEN: INTAKE_TOKEN,
          NUXT_LEAD_OUTBOX_DIR: outboxDir,
          NUXT_LEAD_RELAY_INTERVAL_MS: '500',
          NUXT_LEAD_RATE_LIMIT_PER_IP: '1000',
        },
      },
    })
    ;({ cms, web } = site)
  }, 120_000)

  afterAll(async () => {
    await site?.stop()
    rmSync(outboxDir, { recursive: true, force: true })
  })

  it('stores a request in the CMS exactly once, even when the patient sends it twice', async () => {
    const body = leadBody({ ...(await renderForm(url())), condition: 'ptsd' })
    expect((await postLead(url(), body)).status).toBe(201)
    expect((await postLead(url(), body)).status).toBe(200)
    const leads = await leadsInCms(cmsUrl(), String(body.submissionId))
    expect(leads).toHaveLength(1)
    expect(leads[0]).toMatchObject({ fullName: 'Jane Patient', phone: '+18175550199' })
  })

  it('renders the form: fresh submission id, unchecked consent, conditions, no-store', async () => {
    const response = await fetch(`${url()}/request-consultation?condition=ptsd&utm_source=google`)
    const html = await response.text()
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(html).toMatch(/name="submissionId" value="[0-9a-f-]{36}"/)
    expect(html).toMatch(/<input id="lead-consent"(?![^>]*checked)[^>]*>/)
    expect(html).toMatch(/<option value="ptsd" selected/)
    expect(html).toMatch(/name="utmSource" value="google"/)
    expect(html).toContain('Please don&#39;t include medical history or other health details here.')
  })

  it('re-renders the no-script form with its errors (422), keeping the details out of the URL', async () => {
    const form = new URLSearchParams({
      fullName: 'Jane Patient',
      phone: '12',
      email: 'jane@example.com',
      preferredContactMethod: 'phone',
      preferredContactTime: 'anytime',
      consentTextVersion: String(leadBody().consentTextVersion),
      submissionId: String(leadBody().submissionId),
    })
    const response = await fetch(`${url()}/request-consultation`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form,
      redirect: 'manual',
    })
    const html = await response.text()
    expect(response.status).toBe(422)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('location')).toBeNull()
    expect(html).toContain('Please enter a US phone number with area code')
    expect(html).toContain('Please confirm we may contact you')
    expect(html).toMatch(/id="lead-phone"[^>]*aria-invalid="true"/)
    expect(html).toMatch(/id="lead-fullName"[^>]*value="Jane Patient"/)
  })

  it('embeds the form in cached condition pages, with nothing per visitor in it', async () => {
    const first = await (await fetch(`${url()}/conditions/ptsd`)).text()
    const form = (html: string) => /<form id="lead-form"[\s\S]*?<\/form>/.exec(html)?.[0] ?? ''
    expect(form(first)).toContain('action="/request-consultation"')
    expect(form(first)).toMatch(/<option value="ptsd" selected/)
    expect(form(first)).toContain('name="embedded" value="true"')
    expect(form(first)).toContain('name="sourcePage" value="/conditions/ptsd"')
    expect(form(first)).not.toContain('name="submissionId"')
    expect(form(first)).not.toContain('name="formToken"')
    // The same form for the next visitor: the page can be cached.
    expect(form(await (await fetch(`${url()}/conditions/ptsd`)).text())).toBe(form(first))
  })

  it('shows the errors of an embedded form on the full form, with an id and token of its own', async () => {
    const response = await fetch(`${url()}/request-consultation`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        fullName: 'Jane Embedded Error',
        phone: '12',
        email: 'jane.embedded@example.com',
        preferredContactMethod: 'phone',
        preferredContactTime: 'anytime',
        condition: 'ptsd',
        consent: 'true',
        consentTextVersion: String(leadBody().consentTextVersion),
        sourcePage: '/conditions/ptsd',
        embedded: 'true',
      }),
      redirect: 'manual',
    })
    expect(response.status).toBe(422)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const html = await response.text()
    expect(html).toContain('Please enter a US phone number with area code')
    expect(html).toContain('value="Jane Embedded Error"')
    expect(html).toMatch(/<option value="ptsd" selected/)
    expect(html).toMatch(/name="submissionId" value="[0-9a-f-]{36}"/)
    expect(html).toMatch(/name="formToken" value="[^"]+"/)
    expect(html).not.toContain('name="embedded"')
  })

  it('keeps requests sent while the CMS is down and delivers them once it is back', async () => {
    if (!cms) throw new Error('no CMS')
    await cms.stop({ keepDatabase: true })
    const body = leadBody()
    expect((await postLead(url(), body)).status).toBe(202)
    expect(readdirSync(join(outboxDir, 'pending'))).toContain(`${String(body.submissionId)}.json`)

    await cms.start()
    await expect
      .poll(() => readdirSync(join(outboxDir, 'pending')).length, {
        timeout: 60_000,
        interval: 500,
      })
      .toBe(0)
    expect(await leadsInCms(cmsUrl(), String(body.submissionId))).toHaveLength(1)
  }, 120_000)
})
