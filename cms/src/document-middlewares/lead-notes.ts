import type { Core, Modules } from '@strapi/strapi'
import { currentAdmin } from './admin-actor'

interface Note {
  id?: number
  text?: unknown
  author?: string | null
  writtenAt?: string | Date | null
}

const stored = ({ text, author, writtenAt }: Note): Note => ({ text, author, writtenAt })

/**
 * The notes timeline is append-only: staff add notes, each signed and dated by the CMS; notes
 * already saved keep their text, author and date whatever the form sends back.
 */
export const leadNotes =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const { action } = context
    if (context.uid !== 'api::lead.lead' || (action !== 'create' && action !== 'update')) {
      return next()
    }
    const params = context.params as { documentId?: string; data?: Record<string, unknown> }
    const sent = params.data?.notes
    if (!Array.isArray(sent)) return next()

    const lead =
      action === 'update' && params.documentId
        ? ((await strapi.db.query('api::lead.lead').findOne({
            where: { documentId: params.documentId },
            select: ['id'],
            populate: { notes: true },
          })) as { notes?: Note[] } | null)
        : null
    const actor = currentAdmin(strapi)
    const added = (sent as Note[])
      .filter((note) => note.id === undefined && typeof note.text === 'string' && note.text.trim())
      .map((note) => ({
        text: (note.text as string).trim(),
        author: actor?.name ?? 'System',
        writtenAt: new Date(),
      }))
    params.data = { ...params.data, notes: [...(lead?.notes ?? []).map(stored), ...added] }
    return next()
  }
