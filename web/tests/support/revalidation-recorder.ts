import { createServer, type IncomingHttpHeaders } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import { getFreePort } from './free-port'

export interface RecordedCall {
  path: string
  headers: IncomingHttpHeaders
  body: unknown
  /** The site's answer once forwarded; 'held' when the call was not forwarded. */
  outcome?: number | 'held'
}

export interface RevalidationRecorder {
  url: string
  /** Every call the CMS made, in arrival order. */
  calls: RecordedCall[]
  /** Where calls are passed on (the site); undefined holds them back, answering 204. */
  forwardTo: string | undefined
  /** Resolves with the first call from `from` on that matches, once it has been answered. */
  waitFor: (match: (call: RecordedCall) => boolean, from?: number) => Promise<RecordedCall>
  stop: () => Promise<void>
}

/**
 * Stands between the CMS and the site's revalidation route: records each call the CMS makes (to
 * prove what it sent, and what it never sent) and passes it on to the site, or holds it back.
 */
export async function startRevalidationRecorder(): Promise<RevalidationRecorder> {
  const recorder: RevalidationRecorder = {
    url: '',
    calls: [],
    forwardTo: undefined,
    async waitFor(match, from = 0) {
      const deadline = Date.now() + 10_000
      while (Date.now() < deadline) {
        const call = recorder.calls.slice(from).find((c) => c.outcome !== undefined && match(c))
        if (call) return call
        await sleep(50)
      }
      throw new Error(`No matching revalidation call; got ${JSON.stringify(recorder.calls)}`)
    },
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    const call: RecordedCall = { path: req.url ?? '', headers: req.headers, body: text }
    try {
      call.body = JSON.parse(text)
    } catch {
      // Kept as text: the test then sees it was not JSON.
    }
    recorder.calls.push(call)
    if (!recorder.forwardTo) {
      call.outcome = 'held'
      res.writeHead(204).end()
      return
    }
    const answer = await fetch(`${recorder.forwardTo}${req.url ?? ''}`, {
      method: req.method,
      headers: Object.fromEntries(
        ['content-type', 'x-revalidate-secret'].flatMap((name) => {
          const value = req.headers[name]
          return typeof value === 'string' ? [[name, value]] : []
        }),
      ),
      body: text,
    })
    res.writeHead(answer.status).end(await answer.text())
    call.outcome = answer.status
  })
  const port = await getFreePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  recorder.url = `http://127.0.0.1:${port}`
  return recorder
}
