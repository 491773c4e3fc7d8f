import { purgePageCache, secretMatches } from '../utils/page-cache'

const SECRET_HEADER = 'x-revalidate-secret'
const NAME = /^[a-z][a-z0-9.-]{0,63}$/

/** What the CMS says changed: `{ event, model }`, logged only when it looks like a name. */
function describe(body: unknown): string {
  const read = (key: string) => {
    const value: unknown = typeof body === 'object' && body !== null ? Reflect.get(body, key) : ''
    return typeof value === 'string' && NAME.test(value) ? value : '?'
  }
  return `${read('event')} ${read('model')}`
}

/**
 * Called by the CMS when public content is published, unpublished, changed or deleted
 * (cms/src/bootstrap/site-revalidation.ts): drops the page cache so the change shows at once.
 * 404 unless NUXT_REVALIDATE_SECRET is set; 401 without that secret.
 */
export default defineEventHandler(async (event) => {
  const { revalidateSecret } = useRuntimeConfig(event)
  if (!revalidateSecret) throw createError({ statusCode: 404, statusMessage: 'Not Found' })
  if (!secretMatches(getHeader(event, SECRET_HEADER), String(revalidateSecret))) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized' })
  }
  const change = describe(await readBody(event).catch(() => undefined))
  const purged = await purgePageCache(useStorage('cache'))
  console.info(`[revalidate] ${change}: dropped ${purged} cached responses`)
  return { purged }
})
