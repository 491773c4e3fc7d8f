export interface LayoutField {
  name: string
  size: number
}

/**
 * Puts the listed fields first, in that order, the others after them as they were, and packs
 * them into rows of 12 columns again (Strapi's grid). Field sizes are Strapi's own.
 */
export const reorderEditLayout = (
  rows: LayoutField[][],
  first: string[],
  hidden: string[] = [],
): LayoutField[][] => {
  const rank = (field: LayoutField) => {
    const index = first.indexOf(field.name)
    return index === -1 ? first.length : index
  }
  const fields = rows.flat().filter((field) => !hidden.includes(field.name))
  const ordered = fields
    .map((field, position) => ({ field, position }))
    .sort((a, b) => rank(a.field) - rank(b.field) || a.position - b.position)
    .map(({ field }) => field)
  const packed: LayoutField[][] = []
  for (const field of ordered) {
    const row = packed.at(-1)
    const used = row?.reduce((sum, f) => sum + f.size, 0) ?? 12
    if (row && used + field.size <= 12) row.push(field)
    else packed.push([field])
  }
  return packed
}
