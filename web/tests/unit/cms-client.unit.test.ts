import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createCmsClient } from '../../server/utils/cms'
import {
  CmsNotFoundError,
  CmsResponseError,
  CmsUnavailableError,
} from '../../server/utils/cms-errors'
import { getFreePort } from '../support/free-port'

type Handler = (request: IncomingMessage, response: ServerResponse) => void

const json = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { 'Content-Type': 'application/json' })
  response.end(JSON.stringify(body))
}

const doc = (fields: Record<string, unknown>) => ({ id: 1, documentId: 'abc123', ...fields })
const settings = doc({ clinicName: 'Vigeo Wellness', mainPhone: '+18175550134' })

describe('CMS client (against a real HTTP server)', () => {
  let server: Server
  let baseURL = ''
  let handle: Handler
  let requests: IncomingMessage[] = []

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request)
      handle(request, response)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  beforeEach(() => {
    requests = []
    handle = (_request, response) => json(response, 200, { data: settings, meta: {} })
  })

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  const client = (options: { token?: string; timeoutMs?: number } = {}) =>
    createCmsClient({ baseURL, token: options.token, timeoutMs: options.timeoutMs ?? 1000 })

  it('returns the site settings document from the data envelope', async () => {
    await expect(client().getSiteSettings()).resolves.toEqual(settings)
    expect(requests[0]?.url).toBe('/api/site-setting')
  })

  it('finds an article by slug with a qs-built filter and returns the first match', async () => {
    const article = doc({ title: 'Ketamine & PTSD', slug: 'ketamine-and-ptsd' })
    handle = (_request, response) => json(response, 200, { data: [article], meta: {} })
    await expect(client().getArticleBySlug('ketamine-and-ptsd')).resolves.toEqual(article)
    expect(requests[0]?.url).toBe(
      '/api/articles?filters[slug][$eq]=ketamine-and-ptsd&pagination[pageSize]=1',
    )
  })

  it('lists conditions in display order', async () => {
    const conditions = [
      doc({ name: 'PTSD', slug: 'ptsd' }),
      doc({ name: 'Anxiety', slug: 'anxiety' }),
    ]
    handle = (_request, response) => json(response, 200, { data: conditions, meta: {} })
    await expect(client().listConditions()).resolves.toEqual(conditions)
    expect(decodeURIComponent(requests[0]?.url ?? '')).toContain('sort[0]=displayOrder:asc')
  })

  it('reports an article slug the CMS does not have as not found', async () => {
    handle = (_request, response) => json(response, 200, { data: [], meta: {} })
    await expect(client().getArticleBySlug('no-such-article')).rejects.toBeInstanceOf(
      CmsNotFoundError,
    )
  })

  it('maps HTTP 404 to a not-found error', async () => {
    handle = (_request, response) => json(response, 404, { data: null, error: { status: 404 } })
    await expect(client().getHomePage()).rejects.toBeInstanceOf(CmsNotFoundError)
  })

  it.each([500, 502, 503])('maps HTTP %i to an unavailable error', async (status) => {
    handle = (_request, response) => json(response, status, { error: { status } })
    await expect(client().getHomePage()).rejects.toBeInstanceOf(CmsUnavailableError)
  })

  it.each([400, 401, 403])(
    'maps HTTP %i to a response error carrying the status',
    async (status) => {
      handle = (_request, response) => json(response, status, { error: { status } })
      const error = await client()
        .getHomePage()
        .catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(CmsResponseError)
      expect(error).toMatchObject({ status })
    },
  )

  it.each([
    ['an HTML page', 'text/html', '<html>proxy error</html>'],
    ['a document without documentId', 'application/json', JSON.stringify({ data: { id: 1 } })],
    ['a list where one document was expected', 'application/json', JSON.stringify({ data: [] })],
  ])('rejects %s as an unusable response', async (_name, type, body) => {
    handle = (_request, response) => {
      response.writeHead(200, { 'Content-Type': type })
      response.end(body)
    }
    await expect(client().getSiteSettings()).rejects.toBeInstanceOf(CmsResponseError)
  })

  it('gives up on a CMS that never answers within the configured timeout', async () => {
    handle = () => {} // accepts the connection, never responds
    const started = Date.now()
    const error = await client({ timeoutMs: 200 })
      .getHomePage()
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(CmsUnavailableError)
    expect(error).toMatchObject({ reason: 'timeout' })
    expect(Date.now() - started).toBeGreaterThanOrEqual(150)
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('shares one deadline between calls: a hung CMS uses it up once, later calls fail at once', async () => {
    handle = () => {} // accepts the connection, never responds
    const shared = createCmsClient({ baseURL, timeoutMs: 5000, deadline: Date.now() + 300 })
    const first = await shared.getHomePage().catch((caught: unknown) => caught)
    expect(first).toBeInstanceOf(CmsUnavailableError)
    const second = await shared.getSiteSettings().catch((caught: unknown) => caught)
    expect(second).toBeInstanceOf(CmsUnavailableError)
    expect(second).toMatchObject({ reason: 'request deadline passed' })
    // The second call never reached the CMS: the first one spent the budget.
    expect(requests).toHaveLength(1)
  })

  it('reports a refused connection as unavailable', async () => {
    const closedPort = await getFreePort()
    const refused = createCmsClient({ baseURL: `http://127.0.0.1:${closedPort}`, timeoutMs: 1000 })
    const error = await refused.getHomePage().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(CmsUnavailableError)
    expect(error).toMatchObject({ reason: 'ECONNREFUSED' })
  })

  it('sends the bearer token only when one is configured', async () => {
    await client({ token: 'secret-token' }).getSiteSettings()
    await client({ token: '' }).getSiteSettings()
    await client().getSiteSettings()
    expect(requests.map((request) => request.headers.authorization)).toEqual([
      'Bearer secret-token',
      undefined,
      undefined,
    ])
  })

  it('keeps the CMS address and token out of error messages', async () => {
    handle = (_request, response) => json(response, 500, {})
    const error = await client({ token: 'secret-token' })
      .getHomePage()
      .catch((caught: unknown) => caught)
    const exposed = `${JSON.stringify(error)} ${String(error)} ${error instanceof Error ? error.stack : ''}`
    expect(exposed).not.toContain(baseURL)
    expect(exposed).not.toContain('secret-token')
    expect(error).not.toHaveProperty('cause')
  })
})
