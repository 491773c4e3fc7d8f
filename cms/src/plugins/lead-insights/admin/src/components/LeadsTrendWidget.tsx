import { Box, Flex, Typography } from '@strapi/design-system'
import type { LeadSummary } from '../api'
import { LeadSummaryWidget } from './LeadSummaryWidget'

const CHART_HEIGHT = 64

/** One bar per day; the numbers are also in the chart's text alternative and the lists below. */
function DailyChart({ daily }: { daily: LeadSummary['daily'] }) {
  const max = Math.max(1, ...daily.map((day) => day.count))
  const total = daily.reduce((sum, day) => sum + day.count, 0)
  const busiest = daily.reduce((best, day) => (day.count > best.count ? day : best), daily[0]!)
  const barWidth = 100 / daily.length
  return (
    <svg
      role="img"
      aria-label={`${total} leads in the last ${daily.length} days; the busiest day was ${busiest.date} with ${busiest.count}.`}
      viewBox={`0 0 100 ${CHART_HEIGHT}`}
      preserveAspectRatio="none"
      width="100%"
      height={CHART_HEIGHT}
    >
      {daily.map((day, index) => {
        const height = (day.count / max) * (CHART_HEIGHT - 4)
        return (
          <rect
            key={day.date}
            x={index * barWidth + barWidth * 0.15}
            y={CHART_HEIGHT - Math.max(height, 0.5)}
            width={barWidth * 0.7}
            height={Math.max(height, 0.5)}
            fill="#4945ff"
          >
            <title>{`${day.date}: ${day.count}`}</title>
          </rect>
        )
      })}
    </svg>
  )
}

function Breakdown({ title, rows }: { title: string; rows: LeadSummary['byCondition'] }) {
  return (
    <Box tag="section" aria-label={title} style={{ flex: '1 1 10rem' }}>
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {title}
      </Typography>
      {rows.length === 0 ? (
        <Typography variant="pi" tag="p">
          No leads yet.
        </Typography>
      ) : (
        <Box tag="ul" paddingTop={1}>
          {rows.slice(0, 6).map((row) => (
            <Flex tag="li" key={row.label} justifyContent="space-between" gap={2}>
              <Typography ellipsis>{row.label}</Typography>
              <Typography fontWeight="bold">{row.count}</Typography>
            </Flex>
          ))}
        </Box>
      )}
    </Box>
  )
}

function Trend({ summary }: { summary: LeadSummary }) {
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <DailyChart daily={summary.daily} />
      <Flex justifyContent="space-between">
        <Typography variant="pi" textColor="neutral600">
          {summary.daily[0]?.date}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          today ({summary.timeZone})
        </Typography>
      </Flex>
      <Flex gap={4} wrap="wrap" alignItems="flex-start">
        <Breakdown title="By condition" rows={summary.byCondition} />
        <Breakdown title="By source" rows={summary.bySource} />
      </Flex>
    </Flex>
  )
}

/** Homepage widget: the last 30 days (spam excluded) as a daily chart, by condition and source. */
export function LeadsTrendWidget() {
  return <LeadSummaryWidget>{(summary) => <Trend summary={summary} />}</LeadSummaryWidget>
}
