import type { Core, Modules } from '@strapi/strapi'
import { currentAdmin } from './admin-actor'

/** Set by the intake route and the CMS itself; never taken from what a person types in the admin. */
const LEAD_SYSTEM_FIELDS = [
  'submissionId',
  'submissionHash',
  'spamSuspected',
  'spamReasons',
  'firstContactedAt',
  'hoursToFirstContact',
  'statusHistory',
] as const

/**
 * Read-only in the edit view is only a display setting: this drops the system fields from any
 * admin-panel save, so a crafted request cannot rewrite a lead's audit trail or spam verdict.
 * (A lead created in the admin still needs its own submission id.)
 */
export const leadSystemFields =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const { action } = context
    if (
      context.uid === 'api::lead.lead' &&
      (action === 'create' || action === 'update') &&
      currentAdmin(strapi) !== undefined
    ) {
      const data = (context.params as { data?: Record<string, unknown> }).data
      for (const field of LEAD_SYSTEM_FIELDS) {
        if (action === 'update' || field !== 'submissionId') delete data?.[field]
      }
    }
    return next()
  }
