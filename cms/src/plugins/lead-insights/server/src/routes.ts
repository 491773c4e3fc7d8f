/**
 * Admin API for the Leads dashboard widgets and the CSV export button: admin-session routes
 * (Bearer admin token), under /lead-insights (the plugin's name), never on the public content API.
 */
const route = (path: string, action: 'summary' | 'exportCsv') => ({
  method: 'GET',
  path,
  handler: `lead-insights.${action}`,
  config: { policies: ['admin::isAuthenticatedAdmin'] },
})

export default {
  admin: {
    type: 'admin',
    routes: [route('/summary', 'summary'), route('/export.csv', 'exportCsv')],
  },
}
