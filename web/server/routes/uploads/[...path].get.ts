// Strapi's local upload provider stores files flat: /uploads/<name>_<hash>.<ext>.
const UPLOAD_FILE = /^[\w-]+(?:\.[\w-]+)*\.[a-z0-9]+$/i
const PASSED_HEADERS = ['content-type', 'content-length', 'etag', 'last-modified']

/**
 * Serves CMS uploads from the site's own origin, so pages load no image from another host and
 * the CMS address stays private. Only the file is fetched: no visitor cookie or header is passed on.
 */
export default defineEventHandler(async (event) => {
  const file = getRouterParam(event, 'path') ?? ''
  if (!UPLOAD_FILE.test(file)) throw createError({ statusCode: 404, statusMessage: 'Not Found' })
  const { cmsUrl, cmsTimeoutMs } = useRuntimeConfig()
  const ifNoneMatch = getRequestHeader(event, 'if-none-match')
  let response: Response
  try {
    response = await fetch(new URL(`/uploads/${file}`, String(cmsUrl)), {
      headers: ifNoneMatch ? { 'If-None-Match': ifNoneMatch } : {},
      signal: AbortSignal.timeout(Number(cmsTimeoutMs) > 0 ? Number(cmsTimeoutMs) * 4 : 6000),
    })
  } catch {
    throw createError({ statusCode: 503, statusMessage: 'Service Unavailable' })
  }
  if (response.status === 304) return sendNoContent(event, 304)
  if (!response.ok || !response.body) {
    throw createError({ statusCode: response.status === 404 ? 404 : 502, statusMessage: 'Error' })
  }
  for (const name of PASSED_HEADERS) {
    const value = response.headers.get(name)
    if (value) setResponseHeader(event, name, value)
  }
  return sendStream(event, response.body)
})
