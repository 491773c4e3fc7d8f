import { createServer, request, type Server } from 'node:http'
import { getFreePort } from './free-port'

export interface CountingProxy {
  url: string
  /** Request URLs (path and query, decoded) the proxy forwarded to the CMS, in order. */
  requests: string[]
  stop: () => Promise<void>
}

/**
 * A transparent HTTP proxy in front of the CMS that records every request the site makes to
 * it, so a test can prove what reached the CMS. When the CMS is down, the connection to the
 * site is dropped, as a dead CMS would.
 */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const upstream = new URL(target)
  const requests: string[] = []
  const server: Server = createServer((req, res) => {
    requests.push(decodeURIComponent(req.url ?? ''))
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
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
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
