import { isRecord } from '@vigeo/lead-contract'
import type { H3Event } from 'h3'

/** Where an incoming request keeps the moment its CMS budget runs out (epoch ms). */
const DEADLINE = 'cmsDeadline'

/**
 * The context of the request that made this one, when it is the site calling itself (a page's
 * server render fetching `/api/...`): Nitro's local fetch hands the caller's `event.context`
 * to the inner request as `req.__unenv__`. An HTTP request from outside has none.
 */
function callerContext(event: H3Event): Record<string, unknown> | undefined {
  const inherited: unknown = Reflect.get(event.node.req, '__unenv__')
  return isRecord(inherited) ? inherited : undefined
}

/**
 * Gives each incoming request ONE deadline for all its CMS calls: a page render and the site API
 * calls it makes while rendering share the deadline of the visitor's request, so a hung CMS costs
 * a page at most one budget, however many calls it makes in sequence.
 */
export function startCmsDeadline(event: H3Event, budgetMs: number): void {
  const inherited = callerContext(event)?.[DEADLINE]
  event.context[DEADLINE] = typeof inherited === 'number' ? inherited : Date.now() + budgetMs
}

/** The deadline of this request (epoch ms); a request that has none gets a fresh budget. */
export function cmsDeadline(event: H3Event, budgetMs: number): number {
  const deadline: unknown = event.context[DEADLINE]
  return typeof deadline === 'number' ? deadline : Date.now() + budgetMs
}
