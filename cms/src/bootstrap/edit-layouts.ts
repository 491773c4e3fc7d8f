import { LEAD_FIELDS } from '@vigeo/lead-contract'

export interface LayoutField {
  name: string
  size: number
}

/** Which fields come first in an edit view: for leads, what intake staff act on. */
export const EDIT_FIRST: Record<string, string[]> = {
  'api::lead.lead': [
    'intakeStatus',
    'assignee',
    // What the patient filled in, in the form's order (the consent box aside).
    ...LEAD_FIELDS.filter((field) => field !== 'consent'),
    'notes',
    'staffNotes',
    'firstContactedAt',
    'hoursToFirstContact',
    'spamSuspected',
    'spamReasons',
  ],
}

/**
 * Fields left out of the edit form: the status history is shown read-only in the lead's side
 * panel (cms/src/plugins/lead-insights/admin/src/components/StatusHistoryPanel.tsx), not as editable component rows.
 */
export const EDIT_HIDDEN: Record<string, string[]> = {
  'api::lead.lead': ['statusHistory'],
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
