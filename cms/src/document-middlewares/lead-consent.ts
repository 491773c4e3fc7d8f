import type { Modules } from '@strapi/strapi'
import { errors } from '@strapi/utils'

/**
 * A lead records a patient's request to be contacted, so it cannot exist without that consent:
 * whoever creates one (site, admin, script) must record consent = true with its text version.
 */
export const leadConsent = (): Modules.Documents.Middleware.Middleware => async (context, next) => {
  if (context.uid === 'api::lead.lead' && context.action === 'create') {
    const data = (context.params as { data?: Record<string, unknown> }).data ?? {}
    if (data.consent !== true) {
      throw new errors.ValidationError(
        'A consultation request needs the consent to be contacted.',
        {
          errors: [{ path: ['consent'], message: 'Consent to be contacted must be given.' }],
        },
      )
    }
  }
  return next()
}
