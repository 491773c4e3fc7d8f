import type { H3Event } from 'h3'

/**
 * The address to rate-limit by. X-Forwarded-For is client-controlled, so it is used only when
 * the site runs behind proxies (NUXT_TRUST_PROXY=true), and then only the entry the nearest
 * trusted hop appended: rotating the left part of the header changes nothing.
 */
export function clientAddress(
  event: H3Event,
  { trustProxy, trustProxyHops }: { trustProxy: boolean; trustProxyHops: number },
): string {
  const socketAddress = event.node.req.socket.remoteAddress ?? 'unknown'
  if (!trustProxy) return socketAddress
  const header = event.node.req.headers['x-forwarded-for']
  const entries = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return entries[entries.length - trustProxyHops] ?? socketAddress
}
