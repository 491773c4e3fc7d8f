import type { Core } from '@strapi/strapi'

// The email plugin declares its service type only inside @strapi/email, which this app does not
// depend on.
interface EmailService {
  send(message: { to: string; subject: string; text: string; html?: string }): Promise<unknown>
}

/** Staff are told that a request arrived, never what it says: the e-mail leaves the clinic. */
export const notificationsEnabled = () =>
  Boolean(process.env.SMTP_HOST?.trim() && process.env.LEAD_NOTIFY_EMAIL?.trim())

const fortWorthTime = (date: Date) =>
  date.toLocaleString('en-US', {
    timeZone: 'America/Chicago',
    dateStyle: 'full',
    timeStyle: 'short',
  })

const leadAdminUrl = (strapi: Core.Strapi, documentId: string) => {
  const admin = String(strapi.config.get('admin.absoluteUrl', '/admin')).replace(/\/$/, '')
  return `${admin}/content-manager/collection-types/api::lead.lead/${documentId}`
}

const newLeadMessage = (link: string, receivedAt: Date) => ({
  subject: 'New consultation request',
  text: [
    `A new consultation request arrived on ${fortWorthTime(receivedAt)} (Fort Worth time).`,
    '',
    `Open it in the admin panel (sign-in required): ${link}`,
  ].join('\n'),
})

const leadNotification = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * E-mails the intake address about a stored lead. Not awaited by the request: a slow or failed
   * send never blocks or loses the lead, and failures are logged with the lead's ids only.
   */
  notifyNewLead({ documentId, submissionId }: { documentId: string; submissionId: string }) {
    if (!notificationsEnabled()) return
    const failed = (error: unknown) => {
      // Provider errors may quote the message; only an error code goes to the log.
      const code = (error as { code?: unknown } | null)?.code
      strapi.log.error(
        `[lead-notification] Could not notify staff of lead ${documentId} (submission ${submissionId}): ${typeof code === 'string' ? code : 'send failed'}.`,
      )
    }
    // Runs on its own: the request has its answer whatever happens to the e-mail.
    void (async () => {
      const email = strapi.plugin('email').service<EmailService>('email')
      const message = newLeadMessage(leadAdminUrl(strapi, documentId), new Date())
      await email.send({ to: process.env.LEAD_NOTIFY_EMAIL!.trim(), ...message })
      strapi.log.info(`[lead-notification] Staff notified of lead ${documentId}.`)
    })().catch(failed)
  },
})

export type LeadNotificationService = ReturnType<typeof leadNotification>
export default leadNotification
