/**
 * Pages served without the Vue app (route rule `noScripts`) still get the one keyboard behaviour
 * the app would add: Escape closes the open "Conditions We Treat" menu and returns focus to its
 * toggle (SiteNavConditions.vue does the same where the app runs). Inline, so it costs no request;
 * the CSP plugin allows it by hash.
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
    if (hasMenu && getRouteRules(event).noScripts) {
      html.bodyAppend.push(`<script>${CLOSE_MENU_ON_ESCAPE}</script>`)
    }
  })
})
