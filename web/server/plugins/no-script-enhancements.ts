import { LEAD_FORM_SCRIPT } from '#lead-form-script'

/**
 * Pages are served without the Vue app (route rule `noScripts`), and get back the little they
 * need: Escape closes the open "Conditions We Treat" menu and returns focus to its toggle (inline,
 * so it costs no request; the CSP plugin allows it by hash), and a form that asks for inline
 * validation (LeadForm `inlineValidation`) gets its script from the site's origin, deferred.
 */
const CLOSE_MENU_ON_ESCAPE = `document.addEventListener('keydown', function (event) {
  if (event.key !== 'Escape' || !(event.target instanceof Element)) return
  var menu = event.target.closest('details.nav-menu[open]')
  if (!menu) return
  menu.removeAttribute('open')
  var toggle = menu.querySelector('summary')
  if (toggle) toggle.focus()
})`

export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:html', (html, { event }) => {
    const hasMenu = html.body.some((chunk) => chunk.includes('<details class="nav-menu"'))
    if (!getRouteRules(event).noScripts) return
    if (hasMenu) html.bodyAppend.push(`<script>${CLOSE_MENU_ON_ESCAPE}</script>`)
    if (html.body.some((chunk) => chunk.includes(' data-inline-validation'))) {
      html.head.push(`<script src="${LEAD_FORM_SCRIPT}" defer></script>`)
    }
  })
})
