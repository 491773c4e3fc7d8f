import { createServer, type Server } from 'node:http'
import { getFreePort } from './free-port'

export interface FakeIntake {
  url: string
  /** Lead `data` bodies the intake route received, in order (including refused ones). */
  received: Record<string, unknown>[]
  /** The status the intake answers with from now on (201, 409, 503…). */
  answer: (status: number) => void
  stop: () => Promise<void>
}

/**
 * A stand-in for the CMS's POST /api/lead-submissions, so the site's delivery, outbox and relay
 * can be tested without the real route. Everything else answers 503 (a CMS that is "down").
 */
export async function startFakeIntake(token: string): Promise<FakeIntake> {
  const received: Record<string, unknown>[] = []
  let status = 201
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const authorised = request.headers.authorization === `Bearer ${token}`
      if (request.method !== 'POST' || request.url !== '/api/lead-submissions') {
        response.writeHead(503).end()
        return
      }
      if (!authorised) {
        response.writeHead(401).end()
        return
      }
      const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'))
      const data =
        typeof body === 'object' && body !== null && 'data' in body ? body.data : undefined
      if (typeof data === 'object' && data !== null) received.push({ ...data })
      response.writeHead(status, { 'Content-Type': 'application/json' })
      response.end(JSON.stringify({ data: { receivedAt: new Date().toISOString() } }))
    })
  })
  const port = await getFreePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    answer: (next) => {
      status = next
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
