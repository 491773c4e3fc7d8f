import type { Core } from '@strapi/strapi'
import { EDIT_FIRST, EDIT_HIDDEN, reorderEditLayout, type LayoutField } from './edit-layouts'
import { fieldDescriptions } from './field-descriptions'

interface FieldMetadata {
  edit?: Record<string, unknown>
  list?: Record<string, unknown>
}
interface Configuration {
  settings: Record<string, unknown>
  metadatas: Record<string, FieldMetadata>
  layouts: { list: string[]; edit: LayoutField[][] }
}
type Model = { uid: string }
interface ConfigurationService {
  findConfiguration(model: Model): Promise<Configuration>
  updateConfiguration(model: Model, configuration: Configuration): Promise<unknown>
}

/** Fields that are computed or set by the system and must not be typed by staff. */
const READ_ONLY: Record<string, string[]> = {
  'api::article.article': ['readingTimeMinutes'],
  'api::lead.lead': [
    'submissionId',
    'consent',
    'consentTextVersion',
    'consentedAt',
    'sourcePage',
    'referrer',
    'utmSource',
    'utmMedium',
    'utmCampaign',
    'utmTerm',
    'utmContent',
    'adClickId',
    'firstContactedAt',
    'hoursToFirstContact',
    'statusHistory',
    'spamSuspected',
    'spamReasons',
  ],
  'lead.status-change': ['from', 'to', 'changedAt', 'changedBy', 'changedById', 'summary'],
  'lead.note': ['author', 'writtenAt'],
}

/**
 * The field that names an entry where it is shown inside another one (relation pickers, the
 * items of a repeatable component): otherwise staff see document ids or a bare "new".
 */
const MAIN_FIELDS: Record<string, string> = {
  'api::condition.condition': 'name',
  'api::location.location': 'name',
  'api::article.article': 'title',
  'api::page.page': 'title',
  'lead.status-change': 'summary',
  'lead.note': 'text',
}

/** How list views open: what staff scan first. */
const LIST_VIEWS: Record<string, Partial<Configuration['settings']> & { columns: string[] }> = {
  'api::lead.lead': {
    columns: [
      'fullName',
      'intakeStatus',
      'condition',
      'location',
      'createdAt',
      'hoursToFirstContact',
      'assignee',
      'spamSuspected',
    ],
    defaultSortBy: 'createdAt',
    defaultSortOrder: 'DESC',
    mainField: 'fullName',
  },
  'api::article.article': { columns: ['title', 'slug', 'readingTimeMinutes', 'updatedAt'] },
  'api::condition.condition': {
    columns: ['name', 'slug', 'displayOrder', 'updatedAt'],
    defaultSortBy: 'displayOrder',
    defaultSortOrder: 'ASC',
  },
}

/** Labels that "readingTimeMinutes" → "Reading time minutes" would get wrong. */
const LABELS: Record<string, string> = {
  seo: 'SEO',
  defaultSeo: 'Default SEO',
  readingTimeMinutes: 'Reading time (minutes)',
  metaTitle: 'Meta title',
  canonicalUrl: 'Canonical URL',
  noIndex: 'Hide from search engines',
  url: 'URL',
  id: 'ID',
  createdAt: 'Received',
  updatedAt: 'Last updated',
  utmSource: 'UTM source',
  utmMedium: 'UTM medium',
  utmCampaign: 'UTM campaign',
  utmTerm: 'UTM term',
  utmContent: 'UTM content',
  adClickId: 'Ad click ID',
  submissionId: 'Submission ID',
  // `status` is reserved by Strapi 5 (draft/published), so the attribute has another name.
  intakeStatus: 'Status',
  spamSuspected: 'Suspected spam',
  changedById: 'Changed by (user ID)',
  hoursToFirstContact: 'Time to first contact (hours)',
}

/** "streetLine1" → "Street line 1": what staff read instead of the attribute name. */
export const labelFor = (field: string): string => {
  const words = field
    .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
    .toLowerCase()
    .trim()
  return LABELS[field] ?? words.charAt(0).toUpperCase() + words.slice(1)
}

const withDescriptions = (uid: string, config: Configuration): Configuration => {
  const descriptions = fieldDescriptions[uid] ?? {}
  const readOnly = READ_ONLY[uid] ?? []
  const metadatas = { ...config.metadatas }
  for (const [field, meta] of Object.entries(metadatas)) {
    const description = descriptions[field]
    const label = labelFor(field)
    metadatas[field] = {
      ...meta,
      ...(meta.edit && {
        edit: {
          ...meta.edit,
          label,
          ...(description !== undefined && { description }),
          ...(readOnly.includes(field) && { editable: false }),
        },
      }),
      ...(meta.list && { list: { ...meta.list, label } }),
    }
  }
  const first = EDIT_FIRST[uid]
  const layouts = first
    ? { ...config.layouts, edit: reorderEditLayout(config.layouts.edit, first, EDIT_HIDDEN[uid]) }
    : config.layouts
  const mainField = MAIN_FIELDS[uid]
  const baseSettings = mainField ? { ...config.settings, mainField } : config.settings
  const listView = LIST_VIEWS[uid]
  if (!listView) return { ...config, settings: baseSettings, metadatas, layouts }
  const { columns, ...settings } = listView
  return {
    ...config,
    metadatas,
    settings: { ...baseSettings, ...settings },
    layouts: { ...layouts, list: columns },
  }
}

/**
 * Writes the admin help text under every field, read-only flags and list views into the content
 * manager's stored configuration. Code owns these, so they are applied at every start.
 */
export async function configureContentManager(strapi: Core.Strapi): Promise<void> {
  const plugin = strapi.plugin('content-manager')
  const services = {
    'content-types': plugin.service('content-types') as unknown as ConfigurationService,
    components: plugin.service('components') as unknown as ConfigurationService,
  }
  const models: { model: Model; service: ConfigurationService }[] = [
    ...Object.values(strapi.contentTypes)
      .filter((model) => model.uid.startsWith('api::'))
      .map((model) => ({ model, service: services['content-types'] })),
    ...Object.values(strapi.components).map((model) => ({ model, service: services.components })),
  ]
  for (const { model, service } of models) {
    const current = await service.findConfiguration(model)
    await service.updateConfiguration(model, withDescriptions(model.uid, current))
  }
}
