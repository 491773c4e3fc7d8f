import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminAuth } from '../support/admin'
import { INTAKE_TOKEN, receivedLead } from '../support/leads'
import { startCms, type TestCms } from '../support/strapi'

let cms: TestCms
let receiver: Server
const received: { event: string; uid?: string; model?: string; body: string }[] = []

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const payload = JSON.parse(body) as { event: string; uid?: string; model?: string }
      received.push({ event: payload.event, uid: payload.uid, model: payload.model, body })
      res.end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  cms = await startCms({ LEAD_INTAKE_TOKEN: INTAKE_TOKEN })

  // A webhook as staff would add it in Settings → Webhooks, listening to every entry event.
  const created = await cms
    .http()
    .post('/admin/webhooks')
    .set(await adminAuth(cms))
    .send({
      name: 'Site rebuild',
      url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
      headers: {},
      events: ['entry.create', 'entry.update', 'entry.delete', 'entry.publish'],
    })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
})
afterAll(async () => {
  await cms?.stop()
  receiver?.close()
})

describe('webhooks', () => {
  it('never carry a lead, while other content still triggers them', async () => {
    const lead = await receivedLead(cms, { fullName: 'Webhook Patient' })
    await cms.strapi.documents('api::lead.lead').update({
      documentId: lead.documentId,
      data: { intakeStatus: 'contacted' } as never,
    })

    // Content still reaches the webhook: proof that it works and that the lead events came first.
    const condition = await cms.strapi.documents('api::condition.condition').findFirst()
    await cms.strapi.documents('api::condition.condition').update({
      documentId: condition!.documentId,
      data: { name: `${condition!.name as string}` } as never,
    })
    await expect
      .poll(() => received.some((call) => call.uid === 'api::condition.condition'), {
        timeout: 10_000,
      })
      .toBe(true)

    expect(
      received.filter((call) => call.uid === 'api::lead.lead' || call.model === 'lead'),
    ).toEqual([])
    for (const call of received) {
      expect(call.body).not.toContain(lead.submissionId)
      expect(call.body).not.toContain('Webhook Patient')
    }
  })
})
