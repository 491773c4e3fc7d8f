/**
 * How the admin panel shows one content type or component. Each content type's lives beside its
 * schema (`src/api/<type>/admin.ts`), each component category's in `src/component-admin/`;
 * `src/model-admin.ts` collects them and `bootstrap/content-manager.ts` applies them.
 */
export interface ModelAdmin {
  uid: string
  /** The help text under each field; a unit test fails when a schema field has none. */
  descriptions: Record<string, string>
  /** Fields computed or set by the system, not typed by staff. */
  readOnly?: string[]
  /**
   * The field that names an entry where it is shown inside another one (relation pickers, the
   * items of a repeatable component): otherwise staff see document ids or a bare "new".
   */
  mainField?: string
  /** How the list view opens: what staff scan first. */
  list?: { columns: string[]; defaultSortBy?: string; defaultSortOrder?: 'ASC' | 'DESC' }
  /** Fields put first in the edit view, in this order, and fields left out of it. */
  edit?: { first: string[]; hidden?: string[] }
}

export const SEO =
  'Search engine and social sharing settings. Leave empty to use the site defaults.'
export const SLUG =
  'The address of the page, e.g. "ketamine-and-ptsd". Lowercase words joined by hyphens.'
export const BLOCKS =
  'The page content as blocks: headings, paragraphs, bullet lists, quotes and calls to action.'
