/** A plain object (not null, not an array): what a JSON body or a stored value must be read as. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
