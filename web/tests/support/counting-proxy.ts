import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http'
import { getFreePort } from './free-port'

export interface HeldAnswer {
  /** Resolves once the CMS has answered the held request (its answer is kept back). */
  answered: Promise<void>
  /** Passes the kept answer on to the site. */
  release: () => void
}

export interface CountingProxy {
  url: string
  /** Request URLs (path and query, decoded) the proxy forwarded to the CMS, in order. */
  requests: string[]
  /**
   * Keeps back the CMS's answer to the next request whose URL matches, until released: a read
   * that began (and was answered) before something happened, and reaches the site after it.
   */
  holdNext: (matches: (url: string) => boolean) => HeldAnswer
  stop: () => Promise<void>
}

interface Hold extends HeldAnswer {
  matches: (url: string) => boolean
  arrive: () => void
  released: Promise<void>
}

/**
 * A transparent HTTP proxy in front of the CMS that records every request the site makes to
 * it, so a test can prove what reached the CMS. When the CMS is down, the connection to the
 * site is dropped, as a dead CMS would.
 */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const upstream = new URL(target)
  const requests: string[] = []
  const holds: Hold[] = []
  const server: Server = createServer((req, res) => {
    const url = decodeURIComponent(req.url ?? '')
    requests.push(url)
    const index = holds.findIndex((hold) => hold.matches(url))
    const hold = index === -1 ? undefined : holds.splice(index, 1)[0]
    const send = (status: number | undefined, headers: IncomingHttpHeaders, body: Buffer[]) => {
      res.writeHead(status ?? 502, headers)
      res.end(Buffer.concat(body))
    }
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        if (!hold) {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(res)
          return
        }
        const chunks: Buffer[] = []
        answer.on('data', (chunk: Buffer) => chunks.push(chunk))
        answer.on('end', () => {
          hold.arrive()
          void hold.released.then(() => send(answer.statusCode, answer.headers, chunks))
        })
      },
    )
    forward.on('error', () => res.destroy())
    req.pipe(forward)
  })
  const port = await getFreePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    holdNext(matches) {
      let arrive = () => {}
      let release = () => {}
      const answered = new Promise<void>((resolve) => (arrive = resolve))
      const released = new Promise<void>((resolve) => (release = resolve))
      holds.push({ matches, arrive, answered, release, released })
      return { answered, release }
    },
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
