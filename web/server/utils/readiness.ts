import { useLeadConfig } from './lead/config'
import { useOutbox } from './lead/outbox'

/** How long /readyz waits for the CMS's /_health before calling it down. */
const CMS_CHECK_TIMEOUT_MS = 1000

export interface Readiness {
  /**
   * `ready`: the CMS answers and the outbox works. `degraded`: the CMS does not answer; the site
   * still serves cached pages and keeps consultation requests in its outbox until it is back.
   * `not-ready`: the outbox cannot be read, so a consultation request could not be kept.
   */
  status: 'ready' | 'degraded' | 'not-ready'
  cms: 'up' | 'down'
  /** Counts only: never an id, a name or anything else about a patient. */
  outbox: { pending: number; deadLetters: number } | null
}

async function cmsUp(cmsUrl: string): Promise<boolean> {
  try {
    const response = await fetch(new URL('/_health', cmsUrl), {
      signal: AbortSignal.timeout(CMS_CHECK_TIMEOUT_MS),
    })
    await response.arrayBuffer()
    return response.ok
  } catch {
    return false
  }
}

async function outboxCounts() {
  try {
    const outbox = useOutbox(useLeadConfig())
    const [pending, deadLetters] = await Promise.all([outbox.pending(), outbox.deadLetters()])
    return { pending: pending.length, deadLetters: deadLetters.length }
  } catch (error) {
    console.error(`[readyz] outbox unreadable: ${error instanceof Error ? error.name : 'unknown'}`)
    return null
  }
}

/** What /readyz reports: whether the CMS answers and how many requests wait in the outbox. */
export async function readiness(): Promise<Readiness> {
  const [cms, outbox] = await Promise.all([cmsUp(useLeadConfig().cmsUrl), outboxCounts()])
  return {
    status: outbox === null ? 'not-ready' : cms ? 'ready' : 'degraded',
    cms: cms ? 'up' : 'down',
    outbox,
  }
}
