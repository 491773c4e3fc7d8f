import { setFlagsFromString } from 'node:v8'

/**
 * How far V8 lets the JavaScript heap grow past what survived the last full collection before it
 * collects again (NUXT_HEAP_GROWING_PERCENT, 0 = V8's own adaptive factor of up to 4x).
 *
 * A burst of never-cached renders (bots asking for unknown pages, many visitors opening the
 * consultation form at once) promotes the garbage of every render in flight to the old
 * generation, and with V8's default factor the heap then sits at its high-water mark: 10,000 such
 * requests left the process about 100 MB larger for minutes, although a full collection finds
 * about 40 MB alive. At 30% the same flood leaves it 25-30 MB larger (`pnpm bench`, memory).
 * Set once while the server starts and the heap is still small, as the command-line flag would.
 */
export default defineNitroPlugin(() => {
  const percent = Number(useRuntimeConfig().heapGrowingPercent)
  if (Number.isInteger(percent) && percent > 0) {
    setFlagsFromString(`--heap-growing-percent=${percent}`)
  }
})
