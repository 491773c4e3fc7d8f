import type { Core } from '@strapi/strapi'
import { provisionSharedApiToken } from './api-token'

export const LEAD_INTAKE_TOKEN_NAME = 'Website lead intake'
export const LEAD_SUBMIT_ACTION = 'api::lead.lead.submit'

/**
 * Provisions the API token the site's server sends leads with, from LEAD_INTAKE_TOKEN (shared
 * with the site). It holds only the submit permission.
 */
export function ensureLeadIntakeToken(strapi: Core.Strapi): Promise<void> {
  return provisionSharedApiToken(strapi, {
    name: LEAD_INTAKE_TOKEN_NAME,
    description: 'Used by the website to store consultation requests. Managed by the CMS at start.',
    permissions: [LEAD_SUBMIT_ACTION],
    secret: process.env.LEAD_INTAKE_TOKEN,
    envVar: 'LEAD_INTAKE_TOKEN',
    logTag: 'lead-intake',
    purpose: 'intake',
    whenUnset: 'the site cannot submit consultation requests.',
  })
}
