import type { H3Event } from 'h3'

/** A route that only serves documents answers any other method 405 with `Allow: GET, HEAD`. */
export function assertGetOrHead(event: H3Event): void {
  if (event.method === 'GET' || event.method === 'HEAD') return
  setResponseHeader(event, 'Allow', 'GET, HEAD')
  throw createError({ statusCode: 405, statusMessage: 'Method Not Allowed' })
}
