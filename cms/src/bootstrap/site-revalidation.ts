import { isRecord } from '@vigeo/lead-contract'
import type { Core, UID } from '@strapi/strapi'

/**
 * Purges the site's page cache when public content changes, so a publish shows at once instead of
 * after the site's stale-while-revalidate window. Only these content types are reported: a lead
 * (or any type added later) never triggers a call, and the call carries no entry data at all.
 */
const PUBLIC_CONTENT_TYPES: ReadonlySet<string> = new Set([
  'api::article.article',
  'api::condition.condition',
  'api::location.location',
  'api::page.page',
  'api::site-setting.site-setting',
  'api::home-page.home-page',
])

const REVALIDATION_EVENTS = [
  'entry.publish',
  'entry.unpublish',
  'entry.update',
  'entry.delete',
] as const

const REVALIDATE_SECRET_HEADER = 'x-revalidate-secret'
const TIMEOUT_MS = 3000

interface EntryEvent {
  model?: unknown
  uid?: unknown
  entry?: unknown
}

/**
 * Whether an eventHub event changes what the site shows. A draft version (publishedAt null) of a
 * draft-and-publish type is invisible to the site: saving or deleting one changes nothing there.
 */
function affectsSite(
  strapi: Core.Strapi,
  payload: EntryEvent,
): payload is EntryEvent & { uid: string } {
  if (typeof payload.uid !== 'string' || !PUBLIC_CONTENT_TYPES.has(payload.uid)) return false
  const draftAndPublish = strapi.contentType(payload.uid as UID.ContentType)?.options
    ?.draftAndPublish
  const isDraft = isRecord(payload.entry) && payload.entry.publishedAt === null
  return !(draftAndPublish && isDraft)
}

async function notifySite(strapi: Core.Strapi, url: string, secret: string, body: object) {
  const what = Object.values(body).join(' ')
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [REVALIDATE_SECRET_HEADER]: secret },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    if (!response.ok) {
      strapi.log.warn(`[site-revalidation] ${what}: the site answered ${response.status}`)
    }
  } catch (error) {
    const reason = error instanceof Error ? error.name : 'unknown error'
    strapi.log.warn(`[site-revalidation] ${what}: the site could not be reached (${reason})`)
  }
}

/**
 * Listens for changes to public content and tells the site (WEB_REVALIDATE_URL, authenticated
 * with WEB_REVALIDATE_SECRET) to drop its cached pages. Fire-and-forget: a slow or down site never
 * holds up an editor. Off when either variable is unset (e.g. in the CMS's own tests).
 */
export function registerSiteRevalidation(strapi: Core.Strapi): void {
  const url = process.env.WEB_REVALIDATE_URL ?? ''
  const secret = process.env.WEB_REVALIDATE_SECRET ?? ''
  if (!url || !secret) {
    strapi.log.info(
      '[site-revalidation] WEB_REVALIDATE_URL or WEB_REVALIDATE_SECRET is not set: published changes show once the page cache expires.',
    )
    return
  }
  for (const event of REVALIDATION_EVENTS) {
    // Not awaited: the eventHub awaits its listeners, and an editor's publish must not wait.
    strapi.eventHub.on(event, async (payload: EntryEvent) => {
      if (!affectsSite(strapi, payload)) return
      const model = typeof payload.model === 'string' ? payload.model : payload.uid
      void notifySite(strapi, url, secret, { event, model })
    })
  }
}
