import { startCmsDeadline } from '../utils/cms-deadline'
import { cmsBudgetMs } from '../utils/use-cms'

/**
 * Starts the CMS budget of every request as it arrives (before the page cache, so a render that
 * several visitors wait for is bounded by the first one's deadline). The site API calls a page
 * makes while rendering inherit the page's deadline instead of starting their own.
 */
export default defineNitroPlugin((nitroApp) => {
  const budgetMs = cmsBudgetMs(useRuntimeConfig())
  nitroApp.hooks.hook('request', (event) => startCmsDeadline(event, budgetMs))
})
