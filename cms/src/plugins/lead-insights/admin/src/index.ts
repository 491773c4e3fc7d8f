import { PresentationChart, Phone } from '@strapi/icons'
import type { StrapiApp } from '@strapi/strapi/admin'
import { LEAD_UID, LEADS_LIST_PATH } from './api'
import { ExportLeadsButton } from './components/ExportLeadsButton'
import { StatusHistoryPanel } from './components/StatusHistoryPanel'

/** Only admin roles that may read leads (Intake coordinator, super admin) see these widgets. */
const READ_LEADS = [{ action: 'plugin::content-manager.explorer.read', subject: LEAD_UID }]

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: 'lead-insights', name: 'Lead insights' })
    app.widgets.register([
      {
        id: 'leads-pipeline',
        icon: Phone,
        title: { id: 'lead-insights.pipeline.title', defaultMessage: 'Leads' },
        link: {
          label: { id: 'lead-insights.pipeline.link', defaultMessage: 'Open the leads list' },
          href: LEADS_LIST_PATH,
        },
        component: async () =>
          (await import('./components/LeadsPipelineWidget')).LeadsPipelineWidget,
        permissions: READ_LEADS,
      },
      {
        id: 'leads-trend',
        icon: PresentationChart,
        title: { id: 'lead-insights.trend.title', defaultMessage: 'Leads, last 30 days' },
        component: async () => (await import('./components/LeadsTrendWidget')).LeadsTrendWidget,
        permissions: READ_LEADS,
      },
    ])
  },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager')
    contentManager.injectComponent('listView', 'actions', {
      name: 'export-leads-csv',
      Component: ExportLeadsButton,
    })
    const apis = contentManager.apis as {
      addEditViewSidePanel: (panels: (previous: unknown[]) => unknown[]) => void
    }
    apis.addEditViewSidePanel((panels) => [...panels, StatusHistoryPanel])
  },
}
