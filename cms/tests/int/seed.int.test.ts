import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runSeed, SEED, seedKey } from '../../src/bootstrap/seed'
import { startCms, TEST_ADMIN, type TestCms } from '../support/strapi'

let cms: TestCms

beforeAll(async () => {
  cms = await startCms()
})
afterAll(async () => {
  await cms?.stop()
})

const published = (uid: Parameters<TestCms['strapi']['documents']>[0]) =>
  cms.strapi.documents(uid).findMany({ status: 'published' })

describe('launch content seed', () => {
  it('loads every launch entry on first start, published', async () => {
    expect(await published('api::condition.condition')).toHaveLength(4)
    expect(await published('api::article.article')).toHaveLength(1)
    expect(await published('api::location.location')).toHaveLength(1)
    expect((await published('api::page.page')).map((p) => p.slug).sort()).toEqual([
      'financing',
      'privacy-policy',
    ])
    expect(await cms.strapi.documents('api::site-setting.site-setting').findFirst()).toBeTruthy()
    expect(await cms.strapi.documents('api::home-page.home-page').findFirst()).toBeTruthy()
  })

  it('keeps the article structure: every section heading of the clinic page', async () => {
    const [article] = await cms.strapi.documents('api::article.article').findMany({
      filters: { slug: 'ketamine-and-ptsd' },
      status: 'published',
      populate: { body: { on: { 'content.heading': true } } } as never,
    })
    const headings = (article!.body as { __component: string; text?: string }[])
      .filter((block) => block.__component === 'content.heading')
      .map((block) => block.text)
    expect(headings).toEqual(
      expect.arrayContaining([
        'Understanding PTSD',
        'Symptoms Of PTSD',
        'Causes Of PTSD',
        'Traditional Treatments For PTSD',
        'Ketamine: An Overview',
        'What Is Ketamine?',
        'Medical Uses Of Ketamine',
        'Recreational Use & Potential Risks',
        'Ketamine As A Treatment For PTSD',
        'How Ketamine Works In The Brain',
        'Success Stories & Patient Experiences',
        'The Ketamine Treatment Process',
        'Initial Consultation & Assessment',
        'The Ketamine Infusion Therapy Session',
        'Maintenance & Follow-Up Care',
      ]),
    )
  })

  it('changes nothing when it runs again', async () => {
    const before = await published('api::article.article')
    const report = await runSeed(cms.strapi)
    expect(report.created).toEqual([])
    expect(report.skipped).toEqual(SEED.map(seedKey))
    const after = await published('api::article.article')
    expect(after.map((a) => a.updatedAt)).toEqual(before.map((a) => a.updatedAt))
    expect(await published('api::condition.condition')).toHaveLength(4)
  })

  it('never overwrites what staff edited, nor brings back what they deleted', async () => {
    const conditions = cms.strapi.documents('api::condition.condition')
    const [anxiety] = await conditions.findMany({ filters: { slug: 'anxiety' } })
    await conditions.update({
      documentId: anxiety!.documentId,
      data: { summary: 'Edited by staff.' } as never,
      status: 'published',
    })
    const [pain] = await conditions.findMany({ filters: { slug: 'chronic-pain' } })
    await conditions.delete({ documentId: pain!.documentId })

    await runSeed(cms.strapi)

    const [edited] = await conditions.findMany({
      filters: { slug: 'anxiety' },
      status: 'published',
    })
    expect(edited!.summary).toBe('Edited by staff.')
    expect(await conditions.findMany({ filters: { slug: 'chronic-pain' } })).toEqual([])
  })
})

describe('admin bootstrap', () => {
  it('creates the super admin from CMS_ADMIN_EMAIL, who can sign in', async () => {
    const res = await cms
      .http()
      .post('/admin/login')
      .send({ email: TEST_ADMIN.email, password: TEST_ADMIN.password })
    expect(res.status).toBe(200)
    expect(res.body.data.token).toEqual(expect.any(String))
    const admin = await cms.strapi.db
      .query('admin::user')
      .findOne({ where: { email: TEST_ADMIN.email }, populate: ['roles'] })
    expect(admin.roles.map((r: { code: string }) => r.code)).toEqual(['strapi-super-admin'])
  })
})

describe('admin field help', () => {
  it('shows a description under every field of the article edit view', async () => {
    const config = await cms.strapi
      .plugin('content-manager')
      .service('content-types')
      .findConfiguration({ uid: 'api::article.article' })
    expect(config.metadatas.title.edit.description).toMatch(/headline/)
    expect(config.metadatas.readingTimeMinutes.edit.editable).toBe(false)
    expect(config.metadatas.readingTimeMinutes.list.label).toBe('Reading time (minutes)')
  })
})
