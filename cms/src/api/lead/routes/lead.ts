import { factories } from '@strapi/strapi'

const closed = { policies: ['global::nobody'] }

// Every route exists so that each answers 403: no API role holds a lead permission, and the
// policy also stops API tokens, whose read-only and full-access types reach every find route.
export default factories.createCoreRouter('api::lead.lead', {
  config: { find: closed, findOne: closed, create: closed, update: closed, delete: closed },
})
