import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { leadsInCms } from '../support/cms-leads'
import { INTAKE_TOKEN, leadBody, postLead, renderForm } from '../support/lead-requests'
import { cmsAdmin } from '../support/cms-admin'
import type { CmsServer } from '../support/cms-server'
import { jsonLd } from '../support/html'
import {
  startRevalidationRecorder,
  type RecordedCall,
  type RevalidationRecorder,
} from '../support/revalidation-recorder'
import { startSite, type Site } from '../support/site'
import { startWebServer, type WebServer } from '../support/web-server'

/** PAGE_CACHE_SECONDS in nuxt.config.ts: a change seen sooner can only come from the purge. */
const PAGE_CACHE_MS = 10_000
const SECRET = 'test-revalidate-secret-0123456789abcdef'
const CONDITION = 'api::condition.condition'

let site: Site | undefined
let cms: CmsServer
let web: WebServer
let recorder: RevalidationRecorder
let admin: Awaited<ReturnType<typeof cmsAdmin>>
let outboxDir = ''
let cmsToken = ''

beforeAll(async () => {
  // The CMS calls the site through the recorder, which passes each call on (or holds it back).
  recorder = await startRevalidationRecorder()
  outboxDir = mkdtempSync(join(tmpdir(), 'vigeo-revalidate-outbox-'))
  site = await startSite({
    cmsEnv: {
      LEAD_INTAKE_TOKEN: INTAKE_TOKEN,
      WEB_REVALIDATE_URL: `${recorder.url}/api/_revalidate`,
      WEB_REVALIDATE_SECRET: SECRET,
    },
    token: 'admin-created',
    web: {
      env: {
        NUXT_REVALIDATE_SECRET: SECRET,
        NUXT_LEAD_INTAKE_TOKEN: INTAKE_TOKEN,
        NUXT_LEAD_MIN_FILL_SECONDS: '1',
        NUXT_LEAD_OUTBOX_DIR: outboxDir,
      },
    },
  })
  ;({ cms, web, cmsToken } = site)
  recorder.forwardTo = web.url
  admin = await cmsAdmin(cms.url)
})

afterAll(async () => {
  await site?.stop()
  await recorder?.stop()
  if (outboxDir) rmSync(outboxDir, { recursive: true, force: true })
})

const get = async (path: string) => {
  const response = await fetch(`${web.url}${path}`, { headers: { accept: 'text/html' } })
  return { status: response.status, html: await response.text() }
}
const menu = async (path: string) =>
  (await get(path)).html.match(/<details[^>]*class="nav-menu".*?<\/details>/s)?.[0] ?? ''
const reported = (event: string, model: string) => (call: RecordedCall) =>
  JSON.stringify(call.body) === JSON.stringify({ event, model })
const condition = (name: string, slug: string) => ({
  name,
  slug,
  summary: 'Published by the revalidation test.',
  displayOrder: 90,
})

describe('publishing in the CMS purges the site’s page cache', () => {
  it('shows a newly published condition on cached pages at once, not when the cache expires', async () => {
    expect(await menu('/')).not.toContain('Revalidation One')
    expect((await get('/articles')).status).toBe(200)
    const warmedAt = Date.now()

    // Control: with the call held back, the cached pages keep the old menu.
    recorder.forwardTo = undefined
    let from = recorder.calls.length
    const one = await admin.createPublished(CONDITION, condition('Revalidation One', 'reval-one'))
    await recorder.waitFor(reported('entry.publish', 'condition'), from)
    expect(await menu('/')).not.toContain('Revalidation One')

    recorder.forwardTo = web.url
    from = recorder.calls.length
    const two = await admin.createPublished(CONDITION, condition('Revalidation Two', 'reval-two'))
    const call = await recorder.waitFor(reported('entry.publish', 'condition'), from)
    expect(call.outcome).toBe(200)
    const [home, articles] = [await menu('/'), await menu('/articles')]
    expect(Date.now() - warmedAt).toBeLessThan(PAGE_CACHE_MS)
    for (const html of [home, articles]) {
      expect(html).toContain('href="/conditions/reval-one"')
      expect(html).toContain('href="/conditions/reval-two"')
    }

    // Unpublishing and deleting take the entries off the pages just as fast.
    from = recorder.calls.length
    await admin.unpublish(CONDITION, one)
    await recorder.waitFor(reported('entry.unpublish', 'condition'), from)
    expect(await menu('/')).not.toContain('Revalidation One')
    from = recorder.calls.length
    await admin.delete(CONDITION, two)
    await recorder.waitFor(reported('entry.delete', 'condition'), from)
    expect(await menu('/')).not.toContain('Revalidation Two')
    await admin.delete(CONDITION, one)
  })

  it('puts a new specialty and treatment from Site settings into the structured data at once', async () => {
    const clinicLd = async () =>
      jsonLd((await get('/locations/fort-worth')).html).find(
        (item) => item['@type'] === 'MedicalClinic',
      )
    expect(await clinicLd()).toMatchObject({ medicalSpecialty: 'Psychiatric' })
    const settings = 'api::site-setting.site-setting'
    const from = recorder.calls.length
    await admin.publishSingle(settings, {
      medicalSpecialty: 'Anesthesia',
      treatmentName: 'IV ketamine therapy',
    })
    await recorder.waitFor(reported('entry.publish', 'site-setting'), from)
    expect(await clinicLd()).toMatchObject({
      medicalSpecialty: 'Anesthesia',
      availableService: expect.arrayContaining([
        { '@type': 'MedicalTherapy', name: 'IV ketamine therapy for PTSD' },
      ]),
    })
    const ptsd = jsonLd((await get('/conditions/ptsd')).html).find(
      (item) => item['@type'] === 'MedicalCondition',
    )
    expect(ptsd?.possibleTreatment).toEqual({
      '@type': 'MedicalTherapy',
      name: 'IV ketamine therapy',
    })
    await admin.publishSingle(settings, {
      medicalSpecialty: 'Psychiatric',
      treatmentName: 'Ketamine infusion therapy',
    })
    // The other settings were left as they were.
    expect(await menu('/')).toContain('href="/conditions/ptsd"')
    expect((await get('/')).html).toContain('Interest Free Financing Available')
  })

  it('shows an article’s new text at once when it is published, though its data was cached', async () => {
    const path = '/articles/ketamine-and-ptsd'
    const title = (html: string) => html.match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1]
    expect(title((await get(path)).html)).toBe('Ketamine &amp; PTSD')
    const found = await fetch(`${cms.url}/api/articles?filters[slug][$eq]=ketamine-and-ptsd`, {
      headers: { authorization: `Bearer ${cmsToken}` },
    })
    const { data } = (await found.json()) as { data: { documentId: string }[] }
    const id = String(data[0]?.documentId)
    const article = 'api::article.article'
    const edit = async (newTitle: string) => {
      const from = recorder.calls.length
      await admin.update(article, id, { title: newTitle })
      await admin.publish(article, id)
      await recorder.waitFor(reported('entry.publish', 'article'), from)
    }
    await edit('Ketamine and PTSD, revised')
    expect(title((await get(path)).html)).toBe('Ketamine and PTSD, revised')
    await edit('Ketamine & PTSD')
    expect(title((await get(path)).html)).toBe('Ketamine &amp; PTSD')
  })

  it('sends only the event and the model, with the shared secret', () => {
    expect(recorder.calls.length).toBeGreaterThan(0)
    for (const call of recorder.calls) {
      expect(call.path).toBe('/api/_revalidate')
      expect(call.headers['x-revalidate-secret']).toBe(SECRET)
      expect(Object.keys(call.body as object).sort()).toEqual(['event', 'model'])
    }
  })

  it('never reports a draft save: drafts are not on the site', async () => {
    const from = recorder.calls.length
    const id = await admin.createDraft(CONDITION, condition('Revalidation Draft', 'reval-draft'))
    await admin.update(CONDITION, id, { summary: 'Edited, still a draft.' })
    await admin.delete(CONDITION, id)
    // Barrier: a public change made after them is reported, and nothing before it was.
    const page = await admin.createPublished('api::page.page', {
      title: 'Barrier',
      slug: 'barrier',
    })
    await recorder.waitFor(reported('entry.publish', 'page'), from)
    await sleep(500)
    expect(recorder.calls.slice(from).map((c) => c.body)).toEqual([
      { event: 'entry.publish', model: 'page' },
    ])
    await admin.delete('api::page.page', page)
  })

  it('never calls the site about a consultation request, however staff handle it', async () => {
    const from = recorder.calls.length
    const form = await renderForm(web.url)
    await sleep(1100)
    const lead = leadBody(form)
    expect((await postLead(web.url, lead)).status).toBe(201)
    const [stored] = await leadsInCms(cms.url, String(lead.submissionId))
    const leadId = String(stored?.documentId)
    await admin.update('api::lead.lead', leadId, { intakeStatus: 'contacted' })
    await admin.delete('api::lead.lead', leadId)
    expect(await leadsInCms(cms.url, String(lead.submissionId))).toEqual([])

    const page = await admin.createPublished('api::page.page', { title: 'After', slug: 'after' })
    await recorder.waitFor(reported('entry.publish', 'page'), from)
    await sleep(500)
    expect(recorder.calls.slice(from).map((c) => c.body)).toEqual([
      { event: 'entry.publish', model: 'page' },
    ])
    expect(JSON.stringify(recorder.calls)).not.toContain('Jane')
    await admin.delete('api::page.page', page)
  })
})

describe('POST /api/_revalidate', () => {
  const revalidate = (headers: Record<string, string>) =>
    fetch(`${web.url}/api/_revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ event: 'entry.publish', model: 'article' }),
    })

  it('answers 401 to a wrong or missing secret, and purges nothing', async () => {
    await get('/')
    expect((await revalidate({ 'x-revalidate-secret': 'wrong' })).status).toBe(401)
    expect((await revalidate({ 'x-revalidate-secret': `${SECRET}x` })).status).toBe(401)
    expect((await revalidate({})).status).toBe(401)
    const purge = await revalidate({ 'x-revalidate-secret': SECRET })
    expect(purge.status).toBe(200)
    expect(((await purge.json()) as { purged: number }).purged).toBeGreaterThan(0)
  })

  it('does not exist on a site without NUXT_REVALIDATE_SECRET', async () => {
    const plain = await startWebServer({ cmsUrl: cms.url })
    try {
      const response = await fetch(`${plain.url}/api/_revalidate`, {
        method: 'POST',
        headers: { 'x-revalidate-secret': '' },
      })
      expect(response.status).toBe(404)
    } finally {
      await plain.stop()
    }
  })
})
