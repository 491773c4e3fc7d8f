import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { LeadConfig } from '../../server/utils/lead/config'
import { createFileOutbox } from '../../server/utils/lead/outbox/file'
import { alertDeadLetters, DEAD_LETTER_REMINDER_MS } from '../../server/utils/lead/outbox'

const entry = (submissionId: string) => ({
  version: 1 as const,
  submissionId,
  bodyHash: 'hash',
  createdAt: '2026-11-28T12:00:00.000Z',
  attempts: 1,
  nextAttemptAt: 0,
  lead: { fullName: 'Jane Patient', phone: '+18175550199' },
})

describe('the dead-letter alert', () => {
  let dir: string
  let config: LeadConfig
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {})

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'outbox-alert-'))
    config = { outboxDir: dir, redisUrl: '' } as LeadConfig
    errors.mockClear()
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  const deadLetter = async (id: string) => {
    const outbox = createFileOutbox(dir)
    await outbox.save(entry(id) as never)
    await outbox.deadLetter(id)
  }

  it('stays quiet while the dead-letter outbox is empty', async () => {
    await alertDeadLetters(config, { count: 0, at: 0 }, 1_000)
    expect(errors).not.toHaveBeenCalled()
  })

  it('alerts with the count only, repeats hourly and when the count changes', async () => {
    const state = { count: 0, at: 0 }
    await deadLetter('0b6f3f4e-8d1a-4c5e-9f1b-2a3c4d5e6f70')
    await alertDeadLetters(config, state, 1_000)
    expect(errors).toHaveBeenCalledTimes(1)
    expect(errors.mock.calls[0]?.[0]).toMatch(/ALERT: 1 consultation request\(s\)/)
    expect(errors.mock.calls[0]?.[0]).not.toMatch(/Jane|817/)

    await alertDeadLetters(config, state, 1_000 + DEAD_LETTER_REMINDER_MS - 1)
    expect(errors).toHaveBeenCalledTimes(1)

    await deadLetter('1b6f3f4e-8d1a-4c5e-9f1b-2a3c4d5e6f71')
    await alertDeadLetters(config, state, 2_000)
    expect(errors).toHaveBeenCalledTimes(2)
    expect(errors.mock.calls[1]?.[0]).toMatch(/ALERT: 2 consultation/)

    await alertDeadLetters(config, state, 2_000 + DEAD_LETTER_REMINDER_MS)
    expect(errors).toHaveBeenCalledTimes(3)
  })
})
