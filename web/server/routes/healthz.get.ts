/**
 * Liveness: the server process answers. Nothing else is checked, so a container is restarted only
 * when this process is stuck, never because the CMS is down (readiness says that: /readyz).
 */
export default defineEventHandler((event) => {
  setResponseHeader(event, 'Cache-Control', 'no-store')
  return { status: 'ok' }
})
