import { describe, expect, it } from 'vitest'
import {
  csvCell,
  csvHeader,
  csvRow,
  exportColumns,
} from '../../src/plugins/lead-insights/server/src/csv'
import {
  leadSource,
  localDate,
  median,
  startOfLocalDay,
  summarizeLeads,
  windowStart,
  type LeadRow,
} from '../../src/plugins/lead-insights/server/src/summary'

const CHICAGO = 'America/Chicago'

describe('clinic-local days', () => {
  it('starts the day at midnight in the clinic, across daylight saving', () => {
    // 03:00 UTC on 28 Nov is still 27 Nov (21:00 CST) in Fort Worth.
    expect(localDate(new Date('2026-11-28T03:00:00Z'), CHICAGO)).toBe('2026-11-27')
    expect(startOfLocalDay(new Date('2026-11-28T03:00:00Z'), CHICAGO).toISOString()).toBe(
      '2026-11-27T06:00:00.000Z',
    )
    // Summer: CDT is UTC-5.
    expect(startOfLocalDay(new Date('2026-07-04T18:00:00Z'), CHICAGO).toISOString()).toBe(
      '2026-07-04T05:00:00.000Z',
    )
    // The day DST ends (1 Nov 2026) still starts at local midnight, CDT.
    expect(startOfLocalDay(new Date('2026-11-01T20:00:00Z'), CHICAGO).toISOString()).toBe(
      '2026-11-01T05:00:00.000Z',
    )
  })

  it('makes the window today and the 29 days before it', () => {
    expect(windowStart(new Date('2026-11-28T18:00:00Z'), CHICAGO).toISOString()).toBe(
      '2026-10-30T05:00:00.000Z',
    )
  })
})

describe('median and source', () => {
  it.each([
    [[], null],
    [[5], 5],
    [[9, 1, 5], 5],
    [[1, 2, 3, 10], 2.5],
  ])('median(%j) = %j', (values, expected) => {
    expect(median(values)).toBe(expected)
  })

  it.each([
    [{ utmSource: 'Google ', referrer: 'https://bing.com/' }, 'google'],
    [{ referrer: 'https://www.facebook.com/some/post' }, 'facebook.com'],
    [{ referrer: 'not a url' }, 'Direct'],
    [{}, 'Direct'],
  ])('leadSource(%j) = %s', (lead, expected) => {
    expect(leadSource(lead)).toBe(expected)
  })
})

describe('summarizeLeads', () => {
  // Saturday 28 Nov 2026, 12:00 in Fort Worth.
  const now = new Date('2026-11-28T18:00:00Z')
  const lead = (createdAt: string, extra: Partial<LeadRow> = {}): LeadRow => ({
    createdAt,
    intakeStatus: 'new',
    ...extra,
  })
  const summary = summarizeLeads({
    statusCounts: { new: 4, contacted: 2, closed: 1 },
    spamSuspected: 1,
    awaitingFirstContact: 3,
    now,
    timeZone: CHICAGO,
    recent: [
      // Today (local), one contacted 30 minutes later.
      lead('2026-11-28T15:00:00Z', {
        condition: { name: 'PTSD' },
        utmSource: 'google',
        firstContactedAt: '2026-11-28T15:30:00Z',
        intakeStatus: 'contacted',
      }),
      lead('2026-11-28T06:30:00Z', { condition: { name: 'PTSD' } }),
      // Friday evening local (Saturday 02:00 UTC): this week, not today.
      lead('2026-11-28T02:00:00Z', {
        condition: { name: 'Depression' },
        referrer: 'https://www.facebook.com/',
        firstContactedAt: '2026-11-28T04:00:00Z',
        intakeStatus: 'contacted',
      }),
      // Last Saturday: in the window, not this week (the week starts on Sunday 22 Nov).
      lead('2026-11-21T18:00:00Z', { firstContactedAt: '2026-11-22T18:00:00Z' }),
      // Spam: counted nowhere in the window figures.
      lead('2026-11-28T16:00:00Z', { spamSuspected: true, condition: { name: 'PTSD' } }),
      // Before the window.
      lead('2026-10-29T18:00:00Z', { condition: { name: 'Anxiety' } }),
    ],
  })

  it('counts every status, including the ones with no leads', () => {
    expect(summary.byStatus).toEqual({
      new: 4,
      contacted: 2,
      'consultation-booked': 0,
      'not-a-candidate': 0,
      closed: 1,
    })
    expect(summary.total).toBe(7)
    expect(summary.spamSuspected).toBe(1)
    expect(summary.awaitingFirstContact).toBe(3)
  })

  it('counts today and this week in the clinic time zone, without spam', () => {
    expect(summary.newToday).toBe(2)
    expect(summary.newThisWeek).toBe(3)
  })

  it('takes the median time to first contact over the window', () => {
    // 30 min, 120 min, 1440 min.
    expect(summary.medianMinutesToFirstContact).toBe(120)
  })

  it('has one bar per local day for the chart, oldest first', () => {
    expect(summary.daily).toHaveLength(30)
    expect(summary.daily[0]).toEqual({ date: '2026-10-30', count: 0 })
    expect(summary.daily.at(-1)).toEqual({ date: '2026-11-28', count: 2 })
    expect(summary.daily.find((day) => day.date === '2026-11-27')).toEqual({
      date: '2026-11-27',
      count: 1,
    })
    expect(summary.daily.reduce((sum, day) => sum + day.count, 0)).toBe(4)
  })

  it('breaks the window down by condition and by source, biggest first', () => {
    expect(summary.byCondition).toEqual([
      { label: 'PTSD', count: 2 },
      { label: 'Depression', count: 1 },
      { label: 'Not specified', count: 1 },
    ])
    expect(summary.bySource).toEqual([
      { label: 'Direct', count: 2 },
      { label: 'facebook.com', count: 1 },
      { label: 'google', count: 1 },
    ])
  })

  it('has no median when nobody was contacted yet', () => {
    const empty = summarizeLeads({
      statusCounts: {},
      spamSuspected: 0,
      awaitingFirstContact: 0,
      recent: [],
      now,
      timeZone: CHICAGO,
    })
    expect(empty.medianMinutesToFirstContact).toBeNull()
    expect(empty.total).toBe(0)
  })
})

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['Smith, Jo', '"Smith, Jo"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1 555', "'+1 555"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
  ])('csvCell(%j) = %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected)
  })

  it('writes a BOM, a header and one CRLF row per lead, in clinic time, with a dialable phone', () => {
    const columns = exportColumns(CHICAGO)
    expect(csvHeader(columns).startsWith('\uFEFFReceived (America/Chicago),Full name,Phone,')).toBe(
      true,
    )
    const row = csvRow(columns, {
      documentId: 'abc',
      createdAt: '2026-11-28T15:00:00.000Z',
      fullName: 'Jordan Patient',
      phone: '+18175550199',
      firstContactedAt: '2026-11-28T16:30:00.000Z',
      hoursToFirstContact: '1.5',
      condition: { name: 'PTSD' },
      assignee: { firstname: 'Casey', lastname: 'Coordinator' },
      intakeStatus: 'contacted',
    })
    expect(row.endsWith('\r\n')).toBe(true)
    const cells = row.trimEnd().split(',')
    expect(cells).toHaveLength(columns.length)
    expect(cells.slice(0, 3)).toEqual(['2026-11-28 09:00', 'Jordan Patient', '(817) 555-0199'])
    expect(row).toContain(',contacted,PTSD,,Casey Coordinator,2026-11-28 10:30,1.5,')
  })
})
