import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, inlineScriptHashes } from '../../server/utils/csp'

const sha = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`

describe('inlineScriptHashes', () => {
  it('hashes each executable inline script once', () => {
    const html = `<script>window.a=1</script><script type="module">import "x"</script><script>window.a=1</script>`
    expect(inlineScriptHashes(html)).toEqual([sha('window.a=1'), sha('import "x"')])
  })

  it.each([
    ['external scripts', '<script src="/_nuxt/app.js"></script>'],
    ['JSON payloads', '<script type="application/json" id="__NUXT_DATA__">[1]</script>'],
    ['JSON-LD', '<script type="application/ld+json">{"@type":"MedicalClinic"}</script>'],
  ])('skips %s', (_label, html) => {
    expect(inlineScriptHashes(html)).toEqual([])
  })
})

describe('contentSecurityPolicy', () => {
  it('allows inline scripts by hash only, never unsafe-inline, and forbids framing', () => {
    const policy = contentSecurityPolicy('<script>window.__NUXT__={}</script>')
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'))
    expect(scriptSrc).toBe(`script-src 'self' ${sha('window.__NUXT__={}')}`)
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("default-src 'self'")
  })
})
