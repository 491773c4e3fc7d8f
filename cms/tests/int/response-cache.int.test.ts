import Redis from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRedisCache } from '../../src/utils/response-cache'
import { apiToken } from '../support/content-api'
import { startCms, type TestCms } from '../support/strapi'

// Its own database index and key prefix on the shared Redis (127.0.0.1:6379).
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/9'
const prefix = (name: string) => `vigeo:test:cms-cache:${process.pid}:${name}:`

async function dropKeys(keyPrefix: string) {
  const redis = new Redis(REDIS_URL)
  const keys = await redis.keys(`${keyPrefix}*`)
  if (keys.length > 0) await redis.del(...keys)
  redis.disconnect()
}

const ARTICLE = '/api/articles?filters[slug][$eq]=ketamine-and-ptsd&pagination[pageSize]=1'

describe.each([
  ['in memory', { REDIS_URL: '', CMS_REDIS_PREFIX: '' }],
  ['in Redis', { REDIS_URL, CMS_REDIS_PREFIX: prefix('strapi') }],
])('the response cache of public reads, %s', (_where, env) => {
  let cms: TestCms
  let auth: { Authorization: string }

  beforeAll(async () => {
    cms = await startCms(env)
    auth = { Authorization: `Bearer ${await apiToken(cms, 'Site reads (test)', 'read-only')}` }
  })
  afterAll(async () => {
    await cms?.stop()
    if (env.CMS_REDIS_PREFIX) await dropKeys(env.CMS_REDIS_PREFIX)
  })

  const read = (url: string) => cms.http().get(url).set(auth)
  const articles = () => cms.strapi.documents('api::article.article')
  const theArticle = async () =>
    (await articles().findFirst({ filters: { slug: 'ketamine-and-ptsd' }, status: 'draft' }))!

  it('answers a repeated read from the cache with the same bytes, junk parameters or not', async () => {
    const first = await read(ARTICLE)
    expect(first.status).toBe(200)
    const again = await read(`${ARTICLE}&utm_source=news&gclid=abc`)
    expect(again.headers['x-cms-cache']).toBe('hit')
    expect(again.text).toBe(first.text)
    expect(again.headers['content-type']).toMatch(/^application\/json/)
    expect(again.body.data[0].body.length).toBeGreaterThan(0)
  })

  it('shows a published change at once', async () => {
    await read(ARTICLE)
    expect((await read(ARTICLE)).headers['x-cms-cache']).toBe('hit')
    const { documentId } = await theArticle()
    await articles().update({ documentId, data: { title: 'Ketamine & PTSD, revised' } as never })
    await articles().publish({ documentId })

    const res = await read(ARTICLE)
    expect(res.headers['x-cms-cache']).toBe('miss')
    expect(res.body.data[0].title).toBe('Ketamine & PTSD, revised')
  })

  it('shows a change to related content at once (a renamed condition on its article)', async () => {
    await read(ARTICLE)
    const conditions = cms.strapi.documents('api::condition.condition')
    const ptsd = (await conditions.findFirst({ filters: { slug: 'ptsd' }, status: 'draft' }))!
    await conditions.update({
      documentId: ptsd.documentId,
      data: { name: 'PTSD (renamed)' } as never,
    })
    await conditions.publish({ documentId: ptsd.documentId })

    const res = await read(ARTICLE)
    expect(res.body.data[0].conditions[0].name).toBe('PTSD (renamed)')
  })

  it('never serves draft content: a saved, unpublished change stays off the public answer', async () => {
    const published = (await read(ARTICLE)).body.data[0].title
    const { documentId } = await theArticle()
    await articles().update({ documentId, data: { title: 'Draft title, not public' } as never })

    const asDraft = await read(`${ARTICLE}&status=draft`)
    expect(asDraft.headers['x-cms-cache']).toBe('bypass')
    expect(asDraft.body.data[0].title).toBe('Draft title, not public')
    // Read twice: neither the first nor a cached answer may carry the draft.
    for (let i = 0; i < 2; i++) {
      expect((await read(ARTICLE)).body.data[0].title).toBe(published)
    }
    expect((await read(`${ARTICLE}&status=draft`)).headers['x-cms-cache']).toBe('bypass')
    await articles().discardDraft({ documentId })
  })

  it('shows an unpublished article gone at once', async () => {
    const draft = await articles().create({
      data: { title: 'Short-lived', slug: 'short-lived', excerpt: 'Soon gone.' } as never,
      status: 'published',
    })
    const url = '/api/articles?filters[slug][$eq]=short-lived'
    expect((await read(url)).body.data).toHaveLength(1)
    expect((await read(url)).headers['x-cms-cache']).toBe('hit')
    await articles().unpublish({ documentId: draft.documentId })
    expect((await read(url)).body.data).toEqual([])
    await articles().delete({ documentId: draft.documentId })
  })

  it('never touches lead routes', async () => {
    for (const path of ['/api/leads', '/api/leads/x', '/api/lead-submissions']) {
      const res = await read(path)
      expect(res.headers['x-cms-cache'], path).toBeUndefined()
    }
  })
})

describe('the Redis response cache shared by two CMS instances', () => {
  const keyPrefix = prefix('shared')
  const warnings: string[] = []
  const one = createRedisCache(REDIS_URL, (m) => warnings.push(m), keyPrefix)
  const two = createRedisCache(REDIS_URL, (m) => warnings.push(m), keyPrefix)

  afterAll(async () => {
    await Promise.all([one.close(), two.close()])
    await dropKeys(keyPrefix)
  })

  it('serves what one stored to the other, and a purge on either drops it for both', async () => {
    const generation = (await one.generation())!
    await one.set('k', '{"data":1}', generation)
    expect(await two.get('k')).toEqual({ body: '{"data":1}', generation })

    await two.purge()
    expect(await one.get('k')).toBeUndefined()
    expect(await two.get('k')).toBeUndefined()
  })

  it('drops an answer read before a purge and stored after it', async () => {
    const before = (await one.generation())!
    await two.purge()
    await one.set('raced', '{"data":"old"}', before)
    expect(await two.get('raced')).toBeUndefined()
    expect(warnings).toEqual([])
  })
})
