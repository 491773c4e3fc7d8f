import { contentSecurityPolicy } from '../utils/csp'

/**
 * Sets the CSP of every server-rendered page from its own inline scripts. It runs inside the
 * render, so the header is cached together with the page it belongs to.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:response', (response) => {
    if (typeof response.body !== 'string') return
    response.headers = {
      ...response.headers,
      'content-security-policy': contentSecurityPolicy(response.body),
    }
  })
})
