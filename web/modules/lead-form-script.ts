import { join } from 'node:path'
import { addServerTemplate, addTypeTemplate, defineNuxtModule } from 'nuxt/kit'
import { build } from 'vite'

const ENTRY = 'app/scripts/lead-form.ts'
const BASE_URL = '/_scripts/'
const VIRTUAL = '#lead-form-script'

/**
 * Builds the consultation form's enhancement script (app/scripts/lead-form.ts): one small classic
 * script, bundled by Vite with the shared lead schema, so pages can ship no Vue app and still
 * validate inline. It is served from the site's own origin under a content-hashed name (cached
 * for a year); the server learns that name from the virtual module #lead-form-script. Built once
 * per build (in `nuxt dev`, once per start: restart it to see a change to the script).
 */
export default defineNuxtModule({
  meta: { name: 'lead-form-script' },
  setup(_options, nuxt) {
    const outDir = join(nuxt.options.buildDir, 'lead-form-script')
    let built: Promise<string> | undefined
    const buildOnce = () =>
      (built ??= build({
        configFile: false,
        root: nuxt.options.rootDir,
        logLevel: 'warn',
        build: {
          outDir,
          emptyOutDir: true,
          copyPublicDir: false,
          modulePreload: false,
          target: 'es2020',
          rollupOptions: {
            input: join(nuxt.options.rootDir, ENTRY),
            output: { format: 'iife', entryFileNames: 'lead-form.[hash].js' },
          },
        },
      }).then((result) => {
        const outputs = Array.isArray(result) ? result : [result]
        const chunk = outputs
          .flatMap((output) => ('output' in output ? output.output : []))
          .find((file) => file.type === 'chunk' && file.isEntry)
        if (!chunk) throw new Error(`Vite built no script from ${ENTRY}`)
        return `${BASE_URL}${chunk.fileName}`
      }))

    nuxt.hook('nitro:config', (config) => {
      config.publicAssets ??= []
      config.publicAssets.push({ dir: outDir, baseURL: BASE_URL, maxAge: 365 * 24 * 60 * 60 })
    })
    // Before Nitro copies public assets and bundles the server (and in dev, before it serves).
    nuxt.hook('nitro:build:before', async () => {
      await buildOnce()
    })
    addServerTemplate({
      filename: VIRTUAL,
      getContents: async () =>
        `export const LEAD_FORM_SCRIPT = ${JSON.stringify(await buildOnce())}`,
    })
    addTypeTemplate(
      {
        filename: 'types/lead-form-script.d.ts',
        getContents: () =>
          `declare module '${VIRTUAL}' {\n  /** Public URL of the consultation form's enhancement script. */\n  export const LEAD_FORM_SCRIPT: string\n}\n`,
      },
      { nitro: true },
    )
  },
})
