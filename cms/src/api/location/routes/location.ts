import { factories } from '@strapi/strapi'

const populate = { middlewares: ['api::location.populate'] }

// Content is edited in the admin; the REST API only reads it.
export default factories.createCoreRouter('api::location.location', {
  only: ['find', 'findOne'],
  config: { find: populate, findOne: populate },
})
