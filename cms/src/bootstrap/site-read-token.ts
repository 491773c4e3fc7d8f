import type { Core } from '@strapi/strapi'
import { provisionSharedApiToken } from './api-token'

export const SITE_READ_TOKEN_NAME = 'Website content reads'

const COLLECTIONS = ['article', 'condition', 'location', 'page'] as const
const SINGLES = ['home-page', 'site-setting'] as const

/**
 * Exactly what the site reads (web/server/utils/cms.ts): the published content types. A
 * "read-only" token would also reach every plugin's find routes (users, uploaded files).
 */
const SITE_READ_ACTIONS = [
  ...COLLECTIONS.flatMap((type) => [`api::${type}.${type}.find`, `api::${type}.${type}.findOne`]),
  ...SINGLES.map((type) => `api::${type}.${type}.find`),
]

/**
 * Provisions the API token the site's server reads content with, from CMS_READ_TOKEN (shared
 * with the site as NUXT_CMS_TOKEN): a custom token holding SITE_READ_ACTIONS only, so an older
 * read-only one is narrowed at start. Anonymous callers hold no permission (permissions.ts), so
 * without it the site cannot read.
 */
export function ensureSiteReadToken(strapi: Core.Strapi): Promise<void> {
  return provisionSharedApiToken(strapi, {
    name: SITE_READ_TOKEN_NAME,
    description: 'Used by the website to read published content. Managed by the CMS at start.',
    permissions: SITE_READ_ACTIONS,
    secret: process.env.CMS_READ_TOKEN,
    envVar: 'CMS_READ_TOKEN',
    logTag: 'site-read-token',
    purpose: 'read',
    whenUnset:
      'give the site (NUXT_CMS_TOKEN) a custom API token from the admin with SITE_READ_ACTIONS.',
  })
}
