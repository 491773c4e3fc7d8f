import type { Core, Struct } from '@strapi/strapi'
import { modelAdmin } from '../model-admin'
import type { ModelAdmin } from '../utils/model-admin'
import { reorderEditLayout, type LayoutField } from './edit-layouts'

// The content manager's stored view configuration and the services that read and write it:
// Strapi declares them only in its content-manager package, which this app does not depend on.
interface FieldMetadata {
  edit?: Record<string, unknown>
  list?: Record<string, unknown>
}
interface Configuration {
  settings: Record<string, unknown>
  metadatas: Record<string, FieldMetadata>
  layouts: { list: string[]; edit: LayoutField[][] }
}
type Model = Struct.ContentTypeSchema | Struct.ComponentSchema
interface ConfigurationService {
  findConfiguration(model: Model): Promise<Configuration>
  updateConfiguration(model: Model, configuration: Configuration): Promise<unknown>
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

const withAdminSettings = (config: Configuration, admin: ModelAdmin | undefined): Configuration => {
  const descriptions = admin?.descriptions ?? {}
  const readOnly = admin?.readOnly ?? []
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
  const layouts = admin?.edit
    ? {
        ...config.layouts,
        edit: reorderEditLayout(config.layouts.edit, admin.edit.first, admin.edit.hidden),
      }
    : config.layouts
  const baseSettings = admin?.mainField
    ? { ...config.settings, mainField: admin.mainField }
    : config.settings
  if (!admin?.list) return { ...config, settings: baseSettings, metadatas, layouts }
  const { columns, ...settings } = admin.list
  return {
    ...config,
    metadatas,
    settings: { ...baseSettings, ...settings },
    layouts: { ...layouts, list: columns },
  }
}

/**
 * Writes each model's admin settings (src/model-admin.ts: help text under every field, read-only
 * flags, list and edit views) and the field labels into the content manager's stored configuration. Code owns these, so they are applied at every start.
 */
export async function configureContentManager(strapi: Core.Strapi): Promise<void> {
  const plugin = strapi.plugin('content-manager')
  const services = {
    'content-types': plugin.service<ConfigurationService>('content-types'),
    components: plugin.service<ConfigurationService>('components'),
  }
  const models: { model: Model; service: ConfigurationService }[] = [
    ...Object.values(strapi.contentTypes)
      .filter((model) => model.uid.startsWith('api::'))
      .map((model) => ({ model, service: services['content-types'] })),
    ...Object.values(strapi.components).map((model) => ({ model, service: services.components })),
  ]
  for (const { model, service } of models) {
    const current = await service.findConfiguration(model)
    await service.updateConfiguration(model, withAdminSettings(current, modelAdmin[model.uid]))
  }
}
