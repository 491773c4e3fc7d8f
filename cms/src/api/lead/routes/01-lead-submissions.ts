/**
 * The site's server stores consultation requests here, with the "Website lead intake" API token
 * (the only holder of api::lead.lead.submit). No users-permissions role may hold it.
 */
export default {
  routes: [
    {
      method: 'POST',
      path: '/lead-submissions',
      handler: 'api::lead.lead.submit',
      config: { middlewares: [] as string[], policies: [] as string[] },
    },
  ],
}
