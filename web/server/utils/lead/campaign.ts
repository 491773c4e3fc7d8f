import { AD_CLICK_PARAMETERS, type CampaignField, UTM_PARAMETERS } from '@vigeo/lead-contract'
import type { H3Event } from 'h3'

/**
 * Campaign attribution that survives the page cache. Cached pages are shared, so they cannot
 * carry a visitor's campaign; instead the landing request's utm_* values and ad click id go into
 * a first-party cookie (set on the response, never stored with the cached page), and a
 * consultation request takes its campaign from the form, else that cookie, else the query string
 * of a same-site Referer. Only campaign values are kept: never anything a patient typed.
 */
const CAMPAIGN_COOKIE = 'vw_campaign'
const MAX_AGE_SECONDS = 30 * 24 * 60 * 60
const MAX_VALUE_LENGTH = 200

type Campaign = Partial<Record<CampaignField, string>>

const CLICK_ID = /^[\w.~-]{1,280}$/

/** The first well-formed ad click id of a query string, as "gclid=…". */
function adClickId(params: URLSearchParams): string | undefined {
  for (const param of AD_CLICK_PARAMETERS) {
    const value = params.get(param)?.trim()
    if (value && CLICK_ID.test(value)) return `${param}=${value}`
  }
  return undefined
}

/** The utm_* values (trimmed, capped) and ad click id of a query string; undefined if none. */
export function campaignFromQuery(query: string): Campaign | undefined {
  let params: URLSearchParams
  try {
    params = new URLSearchParams(query)
  } catch {
    return undefined
  }
  const campaign: Campaign = {}
  for (const [param, field] of Object.entries(UTM_PARAMETERS)) {
    const value = params.get(param)?.trim().slice(0, MAX_VALUE_LENGTH)
    if (value) campaign[field] = value
  }
  const clickId = adClickId(params)
  if (clickId) campaign.adClickId = clickId
  return Object.keys(campaign).length > 0 ? campaign : undefined
}

const toQuery = (campaign: Campaign) => {
  const params = new URLSearchParams(
    Object.entries(UTM_PARAMETERS).flatMap(([param, field]) =>
      campaign[field] ? [[param, campaign[field]]] : [],
    ),
  )
  const [param, value] = campaign.adClickId?.split('=') ?? []
  if (param && value) params.set(param, value)
  return params.toString()
}

/** Remembers the campaign a visitor landed with (the latest campaign wins). */
export function rememberCampaign(event: H3Event, campaign: Campaign): void {
  setCookie(event, CAMPAIGN_COOKIE, toQuery(campaign), {
    httpOnly: true,
    sameSite: 'lax',
    secure: getRequestProtocol(event) === 'https',
    path: '/',
    maxAge: MAX_AGE_SECONDS,
  })
}

function fromReferer(event: H3Event): Campaign | undefined {
  const referer = getRequestHeader(event, 'referer')
  if (!referer) return undefined
  try {
    const url = new URL(referer)
    return url.origin === getRequestURL(event).origin ? campaignFromQuery(url.search) : undefined
  } catch {
    return undefined
  }
}

/** The campaign of the visit a consultation request belongs to, if any. */
export function visitCampaign(event: H3Event): Campaign | undefined {
  const remembered = getCookie(event, CAMPAIGN_COOKIE)
  return (remembered ? campaignFromQuery(remembered) : undefined) ?? fromReferer(event)
}
