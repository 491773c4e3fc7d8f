/**
 * Pages served without scripts (route rule `noScripts`) are always loaded as documents. Rendered
 * by the app after a client-side navigation from the one page that loads it, they would run code
 * the server never sends them: e.g. the embedded consultation form's script path, which has no
 * submission id or token there. Attached by the route rules in nuxt.config.ts (`appMiddleware`).
 */
export default defineNuxtRouteMiddleware((to) => {
  if (import.meta.server || useNuxtApp().isHydrating) return
  window.location.assign(to.fullPath)
  return abortNavigation()
})
