import { factories } from '@strapi/strapi'

// Content is edited in the admin; the REST API only reads it.
export default factories.createCoreRouter('api::site-setting.site-setting', {
  only: ['find'],
  config: { find: { middlewares: ['api::site-setting.read-query'] } },
})
