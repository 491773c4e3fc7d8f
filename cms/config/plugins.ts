import type { Core } from '@strapi/strapi'

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  // The Leads widgets, CSV export and status history panel (server routes and admin parts).
  'lead-insights': { enabled: true, resolve: './src/plugins/lead-insights' },
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
      // Patients never sign up: the site has no public accounts.
      register: { allowedFields: [] },
    },
  },
  // New-lead notifications go out over SMTP; without SMTP_HOST they are off (see lead-notification).
  ...(env('SMTP_HOST') && {
    email: {
      config: {
        provider: 'nodemailer',
        providerOptions: {
          host: env('SMTP_HOST'),
          port: env.int('SMTP_PORT', 587),
          secure: env.bool('SMTP_SECURE', false),
          ...(env('SMTP_USER') && {
            auth: { user: env('SMTP_USER'), pass: env('SMTP_PASSWORD', '') },
          }),
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 20_000,
        },
        settings: {
          defaultFrom: env('EMAIL_FROM', 'Vigeo Wellness website <no-reply@vigeowellness.com>'),
        },
      },
    },
  }),
})
