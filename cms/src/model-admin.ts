import article from './api/article/admin'
import condition from './api/condition/admin'
import homePage from './api/home-page/admin'
import lead from './api/lead/admin'
import location from './api/location/admin'
import page from './api/page/admin'
import siteSetting from './api/site-setting/admin'
import content from './component-admin/content'
import home from './component-admin/home'
import leadComponents from './component-admin/lead'
import shared from './component-admin/shared'
import type { ModelAdmin } from './utils/model-admin'

const models: ModelAdmin[] = [
  article,
  condition,
  homePage,
  lead,
  location,
  page,
  siteSetting,
  ...content,
  ...home,
  ...leadComponents,
  ...shared,
]

/** Every content type's and component's admin settings, by uid. */
export const modelAdmin: Record<string, ModelAdmin> = Object.fromEntries(
  models.map((admin) => [admin.uid, admin]),
)

/** The help text under every field, by uid and field. */
export const fieldDescriptions: Record<string, Record<string, string>> = Object.fromEntries(
  Object.values(modelAdmin).map(({ uid, descriptions }) => [uid, descriptions]),
)
