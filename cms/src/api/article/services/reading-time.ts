/** Words per minute for the reading-time estimate: a common figure for on-screen reading. */
const WORDS_PER_MINUTE = 220

type Node = { text?: unknown; children?: unknown }

const wordsIn = (value: unknown): number => {
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean).length
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + wordsIn(item), 0)
  if (typeof value === 'object' && value !== null) {
    const node = value as Node & Record<string, unknown>
    // Count only text-bearing fields, not enum values like `level` or `action`.
    return ['text', 'children', 'items', 'intro', 'heading', 'attribution'].reduce(
      (sum, key) => sum + wordsIn(node[key]),
      0,
    )
  }
  return 0
}

/** Minutes to read an article body (dynamic-zone blocks), at least one. */
export const readingTimeMinutes = (body: unknown): number =>
  Math.max(1, Math.ceil(wordsIn(body) / WORDS_PER_MINUTE))
