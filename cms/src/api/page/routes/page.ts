import { factories } from '@strapi/strapi'

const readQuery = { middlewares: ['api::page.read-query'] }

// Content is edited in the admin; the REST API only reads it.
export default factories.createCoreRouter('api::page.page', {
  only: ['find', 'findOne'],
  config: { find: readQuery, findOne: readQuery },
})
