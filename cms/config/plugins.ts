import type { Core } from '@strapi/strapi'

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
      // Patients never sign up: the site has no public accounts.
      register: { allowedFields: [] },
    },
  },
})
