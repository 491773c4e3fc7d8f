import { factories } from '@strapi/strapi'

const readQuery = { middlewares: ['api::location.read-query'] }

// Content is edited in the admin; the REST API only reads it.
export default factories.createCoreRouter('api::location.location', {
  only: ['find', 'findOne'],
  config: { find: readQuery, findOne: readQuery },
})
