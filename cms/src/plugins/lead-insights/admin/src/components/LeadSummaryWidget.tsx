import { Widget } from '@strapi/strapi/admin'
import type { ReactNode } from 'react'
import { type LeadSummary, useLeadSummary } from '../api'

/** A homepage widget drawn from the lead summary: Strapi's loading and error states until it loads. */
export function LeadSummaryWidget({ children }: { children: (summary: LeadSummary) => ReactNode }) {
  const result = useLeadSummary()
  if (result.state === 'loading') return <Widget.Loading />
  if (result.state === 'error')
    return <Widget.Error>The lead figures could not be loaded.</Widget.Error>
  return <>{children(result.summary)}</>
}
