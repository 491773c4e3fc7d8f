import { useFetchClient } from '@strapi/strapi/admin'
import { useEffect, useState } from 'react'
// Types only: the summary's shape is the server's, so the widgets cannot drift from it.
import type { LeadSummary } from '../../server/src/summary'

export type { LeadSummary }
export const LEAD_UID = 'api::lead.lead'
export const LEADS_LIST_PATH = `/content-manager/collection-types/${LEAD_UID}`

/** The leads list in the Content Manager, filtered to one status, newest first. */
export const leadsWithStatus = (status: string): string =>
  `${LEADS_LIST_PATH}?page=1&pageSize=20&sort=createdAt:DESC&filters[$and][0][intakeStatus][$eq]=${encodeURIComponent(status)}`

type SummaryState =
  { state: 'loading' } | { state: 'error' } | { state: 'ready'; summary: LeadSummary }

/** Fetches GET /lead-insights/summary once per widget mount (it is never cached). */
export function useLeadSummary(): SummaryState {
  const { get } = useFetchClient()
  const [result, setResult] = useState<SummaryState>({ state: 'loading' })
  useEffect(() => {
    const controller = new AbortController()
    get<{ data: LeadSummary }>('/lead-insights/summary', { signal: controller.signal })
      .then((response) => setResult({ state: 'ready', summary: response.data.data }))
      .catch(() => {
        if (!controller.signal.aborted) setResult({ state: 'error' })
      })
    return () => controller.abort()
  }, [get])
  return result
}

/** "45 min", "3 h 10 min", "2 d 4 h": how long patients wait for a first call. */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`
  const days = Math.floor(hours / 24)
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`
}

export const STATUS_LABELS: Record<string, string> = {
  new: 'New',
  contacted: 'Contacted',
  'consultation-booked': 'Consultation booked',
  'not-a-candidate': 'Not a candidate',
  closed: 'Closed',
}
