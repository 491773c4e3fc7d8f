import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { INTAKE_TOKEN, receivedLead, storedLead, submission, submit } from '../support/leads'
import { startCms, type TestCms } from '../support/strapi'

interface Received {
  to: string[]
  raw: string
}

/** Mail bodies arrive quoted-printable: soft line breaks and =XX escapes. */
const decodeQuotedPrintable = (raw: string) =>
  raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))

let cms: TestCms
let smtp: SMTPServer
const inbox: Received[] = []

beforeAll(async () => {
  // A real SMTP server on a free port, standing in for the clinic's mail provider.
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        inbox.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: decodeQuotedPrintable(Buffer.concat(chunks).toString('utf8')),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  const { port } = smtp.server.address() as AddressInfo

  cms = await startCms({
    LEAD_INTAKE_TOKEN: INTAKE_TOKEN,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(port),
    SMTP_SECURE: 'false',
    EMAIL_FROM: 'website@vigeo.test',
    LEAD_NOTIFY_EMAIL: 'intake@vigeo.test',
  })
})
afterAll(async () => {
  await cms?.stop()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

const waitFor = async <T>(probe: () => T | undefined, timeoutMs = 10_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('new-lead notification', () => {
  it('e-mails the intake address a link to the lead, with no patient detail', async () => {
    const lead = await receivedLead(cms, {
      fullName: 'Morgan Quill',
      phone: '+18175550142',
      email: 'morgan.quill@example.com',
      message: 'Private words about my depression.',
    })

    const mail = await waitFor(() => inbox.find((m) => m.raw.includes(lead.documentId)))
    expect(mail.to).toEqual(['intake@vigeo.test'])
    expect(mail.raw).toMatch(/^Subject: New consultation request$/m)
    expect(mail.raw).toContain(
      `/admin/content-manager/collection-types/api::lead.lead/${lead.documentId}`,
    )
    expect(mail.raw).not.toMatch(/Morgan|Quill|8175550142|morgan\.quill|Private words|depression/i)
  })

  it('still stores the lead, and logs ids only, when the mail server is down', async () => {
    const errors = vi.spyOn(cms.strapi.log, 'error')
    await new Promise<void>((resolve) => smtp.close(() => resolve()))

    const data = submission({ fullName: 'Taylor Offline' })
    const res = await submit(cms, data)

    expect(res.status).toBe(201)
    const lead = await storedLead(cms, data.submissionId)
    expect(lead).toMatchObject({ fullName: 'Taylor Offline', intakeStatus: 'new' })
    const logged = await waitFor(() => errors.mock.calls.map(String).find((l) => /notify/.test(l)))
    expect(logged).toContain(String(lead!.documentId))
    expect(logged).not.toMatch(/Taylor|Offline|jordan|8175550199/i)
  })
})
