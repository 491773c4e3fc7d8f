import type { Core } from '@strapi/strapi'

const LEAD = 'api::lead.lead'

interface WebhookRunner {
  run(webhook: unknown, event: string, info?: Record<string, unknown>): Promise<unknown>
}

/** Whether a webhook payload is about a lead (entry events carry `uid`, older ones `model`). */
const isLeadEvent = (info: Record<string, unknown> | undefined): boolean =>
  info?.uid === LEAD || info?.model === 'lead'

/**
 * Strapi sends every content event to every webhook staff configure in Settings → Webhooks,
 * leads included (private fields are stripped, but status, condition, source and ids are not).
 * Consultation requests are health information and never leave the CMS that way: lead events
 * are dropped before any webhook call. Other content is unaffected.
 */
export function keepLeadsOutOfWebhooks(strapi: Core.Strapi): void {
  const runner = strapi.get('webhookRunner') as WebhookRunner
  const run = runner.run.bind(runner)
  runner.run = async (webhook, event, info) =>
    isLeadEvent(info) ? undefined : run(webhook, event, info)
}
