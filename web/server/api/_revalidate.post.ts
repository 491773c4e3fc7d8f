import { isSlug } from '../../shared/utils/slug'
import { purgeDataCache, purgePageCache, secretMatches } from '../utils/page-cache'

const SECRET_HEADER = 'x-revalidate-secret'
const NAME = /^[a-z][a-z0-9.-]{0,63}$/
/** A content-type uid (`api::location.location`): the model is its last part. */
const UID = /^api::[a-z][a-z0-9-]{0,63}\.([a-z][a-z0-9-]{0,63})$/

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined

/**
 * What the CMS says changed: `{ event, model }` (the model's name or uid), optionally with the
 * entry's slug (`entry: { slug }`); each kept only when it looks like one.
 */
function describe(body: unknown) {
  const name = (value: unknown) =>
    typeof value === 'string' && NAME.test(value) ? value : undefined
  const model = field(body, 'model')
  const slug = field(field(body, 'entry'), 'slug')
  return {
    event: name(field(body, 'event')),
    model: name(model) ?? (typeof model === 'string' ? UID.exec(model)?.[1] : undefined),
    slug: isSlug(slug) ? slug : undefined,
  }
}

/**
 * Called by the CMS when public content is published, unpublished, changed or deleted
 * (cms/src/bootstrap/site-revalidation.ts): drops the cached reads that show the changed model
 * (all of them for an unknown one), then every cached page, so the change shows at once.
 * 404 unless NUXT_REVALIDATE_SECRET is set; 401 without that secret.
 */
export default defineEventHandler(async (event) => {
  const { revalidateSecret } = useRuntimeConfig()
  if (!revalidateSecret) throw createError({ statusCode: 404, statusMessage: 'Not Found' })
  if (!secretMatches(getHeader(event, SECRET_HEADER), String(revalidateSecret))) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized' })
  }
  const change = describe(await readBody(event).catch(() => undefined))
  const storage = useStorage('cache')
  // Data first: a page rendered between the two purges must not be built from stale data.
  const data = await purgeDataCache(storage, change.model, change.slug)
  const pages = await purgePageCache(storage)
  console.info(
    `[revalidate] ${change.event ?? '?'} ${change.model ?? '?'}: dropped ${pages} cached pages, ${data} cached reads`,
  )
  return { purged: pages + data, pages, data }
})
