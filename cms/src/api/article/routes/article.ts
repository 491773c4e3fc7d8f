import { factories } from '@strapi/strapi'

const readQuery = { middlewares: ['api::article.read-query'] }

// Content is edited in the admin; the REST API only reads it.
export default factories.createCoreRouter('api::article.article', {
  only: ['find', 'findOne'],
  config: { find: readQuery, findOne: readQuery },
})
