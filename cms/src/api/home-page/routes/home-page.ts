import { factories } from '@strapi/strapi'

// Content is edited in the admin; the REST API only reads it.
export default factories.createCoreRouter('api::home-page.home-page', {
  only: ['find'],
  config: { find: { middlewares: ['api::home-page.read-query'] } },
})
