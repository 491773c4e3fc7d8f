import { Box, Typography } from '@strapi/design-system'
import { LEAD_UID } from '../api'

interface StatusChange {
  id?: number
  from?: string | null
  to?: string
  changedAt?: string
  changedBy?: string | null
  summary?: string | null
}

interface PanelProps {
  model: string
  document?: Record<string, unknown>
}

/** One line per change, newest first; older entries without a summary are described here. */
const describe = (change: StatusChange): string =>
  change.summary ??
  `${change.from ?? '–'} → ${change.to ?? '?'}, by ${change.changedBy ?? 'System'}, ${
    change.changedAt ? new Date(change.changedAt).toLocaleString() : ''
  }`

function StatusHistory({ changes }: { changes: StatusChange[] }) {
  if (changes.length === 0) {
    return (
      <Typography variant="pi" textColor="neutral600">
        No status change yet: this request is still new.
      </Typography>
    )
  }
  return (
    <Box tag="ol" aria-label="Status changes, newest first">
      {[...changes].reverse().map((change, index) => (
        <Box tag="li" key={change.id ?? index} paddingBottom={2}>
          <Typography variant="pi">{describe(change)}</Typography>
        </Box>
      ))}
    </Box>
  )
}

/**
 * Edit-view side panel on a lead: its status history, read-only. The CMS records the changes
 * (document-middlewares/lead-status-history.ts) and ignores any history sent from the admin.
 */
export function StatusHistoryPanel({ model, document }: PanelProps) {
  if (model !== LEAD_UID || !document) return null
  const changes = Array.isArray(document.statusHistory)
    ? (document.statusHistory as StatusChange[])
    : []
  return { title: 'Status history', content: <StatusHistory changes={changes} /> }
}
StatusHistoryPanel.type = 'lead-status-history'
