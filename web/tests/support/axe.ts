import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const axeSource: string = createRequire(import.meta.url)('axe-core').source
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

interface AxeViolation {
  id: string
  help: string
  nodes: { target: unknown }[]
}

/**
 * WCAG 2.2 AA problems axe finds on the page, or in the part under `selector`. axe is injected
 * through the DevTools protocol, which the site's CSP (rightly) does not allow pages to do.
 */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  await page.evaluate(axeSource)
  const violations = await page.evaluate(
    async ({ tags, context }) => {
      const { axe } = window as unknown as {
        axe: { run: (...args: unknown[]) => Promise<{ violations: AxeViolation[] }> }
      }
      const result = await axe.run(context ?? document, { runOnly: { type: 'tag', values: tags } })
      return result.violations
    },
    { tags: WCAG_22_AA, context: selector },
  )
  return violations.map(
    (v) => `${v.id}: ${v.help} (${JSON.stringify(v.nodes.map((n) => n.target))})`,
  )
}
