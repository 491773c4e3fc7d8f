import { factories } from '@strapi/strapi'

const populate = { middlewares: ['api::condition.populate'] }

// Content is edited in the admin; the REST API only reads it.
export default factories.createCoreRouter('api::condition.condition', {
  only: ['find', 'findOne'],
  config: { find: populate, findOne: populate },
})
