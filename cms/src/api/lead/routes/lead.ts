import { factories } from '@strapi/strapi'

// Every route exists so that each answers 403: no API role is granted any lead permission.
export default factories.createCoreRouter('api::lead.lead')
