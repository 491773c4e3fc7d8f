import { purgeDataCache, purgePageCache, secretMatches } from '../utils/page-cache'

const SECRET_HEADER = 'x-revalidate-secret'
const NAME = /^[a-z][a-z0-9.-]{0,63}$/

/** What the CMS says changed: `{ event, model }`, each kept only when it looks like a name. */
function describe(body: unknown) {
  const read = (key: string) => {
    const value: unknown = typeof body === 'object' && body !== null ? Reflect.get(body, key) : ''
    return typeof value === 'string' && NAME.test(value) ? value : undefined
  }
  return { event: read('event'), model: read('model') }
}

/**
 * Called by the CMS when public content is published, unpublished, changed or deleted
 * (cms/src/bootstrap/site-revalidation.ts): drops the cached reads that show the changed model
 * (all of them for an unknown one), then every cached page, so the change shows at once.
 * 404 unless NUXT_REVALIDATE_SECRET is set; 401 without that secret.
 */
export default defineEventHandler(async (event) => {
  const { revalidateSecret } = useRuntimeConfig(event)
  if (!revalidateSecret) throw createError({ statusCode: 404, statusMessage: 'Not Found' })
  if (!secretMatches(getHeader(event, SECRET_HEADER), String(revalidateSecret))) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized' })
  }
  const change = describe(await readBody(event).catch(() => undefined))
  const storage = useStorage('cache')
  // Data first: a page rendered between the two purges must not be built from stale data.
  const data = await purgeDataCache(storage, change.model)
  const pages = await purgePageCache(storage)
  console.info(
    `[revalidate] ${change.event ?? '?'} ${change.model ?? '?'}: dropped ${pages} cached pages, ${data} cached reads`,
  )
  return { purged: pages + data, pages, data }
})
