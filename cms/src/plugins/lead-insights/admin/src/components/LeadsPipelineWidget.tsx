import { Box, Flex, Typography } from '@strapi/design-system'
import { Link } from 'react-router-dom'
import { formatMinutes, type LeadSummary, leadsWithStatus, STATUS_LABELS } from '../api'
import { LeadSummaryWidget } from './LeadSummaryWidget'

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Box background="neutral100" hasRadius padding={2} style={{ flex: '1 1 7rem' }}>
      <Typography variant="pi" textColor="neutral600" tag="p">
        {label}
      </Typography>
      <Typography variant="beta" tag="p">
        {value}
      </Typography>
      {hint && (
        <Typography variant="pi" textColor="neutral600" tag="p">
          {hint}
        </Typography>
      )}
    </Box>
  )
}

function Pipeline({ summary }: { summary: LeadSummary }) {
  const median = summary.medianMinutesToFirstContact

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Flex gap={2} wrap="wrap">
        <Figure label="New today" value={String(summary.newToday)} />
        <Figure label="This week" value={String(summary.newThisWeek)} hint="since Sunday" />
        <Figure label="Awaiting first contact" value={String(summary.awaitingFirstContact)} />
        <Figure
          label="Median time to first contact"
          value={median === null ? '–' : formatMinutes(median)}
          hint={`last ${summary.windowDays} days`}
        />
      </Flex>
      <Box tag="section" aria-label="Leads by status">
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          By status (all stored leads)
        </Typography>
        <Box tag="ul" paddingTop={2}>
          {Object.entries(summary.byStatus).map(([status, count]) => (
            <Flex
              tag="li"
              key={status}
              justifyContent="space-between"
              paddingTop={1}
              paddingBottom={1}
            >
              <Link to={leadsWithStatus(status)}>
                <Typography textColor="primary600">{STATUS_LABELS[status] ?? status}</Typography>
              </Link>
              <Typography fontWeight="bold">{count}</Typography>
            </Flex>
          ))}
        </Box>
        {summary.spamSuspected > 0 && (
          <Typography variant="pi" textColor="neutral600" tag="p">
            {summary.spamSuspected} of these {summary.spamSuspected === 1 ? 'is' : 'are'} flagged as
            suspected spam (see "Spam suspected" on the lead).
          </Typography>
        )}
      </Box>
    </Flex>
  )
}

/** Homepage widget: the intake queue at a glance, each status linking to its filtered list. */
export function LeadsPipelineWidget() {
  return <LeadSummaryWidget>{(summary) => <Pipeline summary={summary} />}</LeadSummaryWidget>
}
