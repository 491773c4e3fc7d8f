import type { SiteSetting } from '#shared/types/cms'

const SITE_SETTINGS_KEY = 'site-settings'

/** Clinic-wide settings (name, phone, navigation). The default layout loads them for every page. */
export async function useSiteSettings() {
  return useSiteRead(SITE_SETTINGS_KEY, '/api/site', (data) => data.site())
}

/** The settings the layout already loaded, for components rendered inside it; never fetches. */
export function useLoadedSiteSettings() {
  return useNuxtData<SiteSetting>(SITE_SETTINGS_KEY).data
}

/** What the JSON-LD builders take from the settings: clinic name, specialty and treatment. */
export function useClinicSchemaSettings() {
  const site = useLoadedSiteSettings()
  return computed(() => ({
    clinicName: site.value?.clinicName ?? '',
    medicalSpecialty: site.value?.medicalSpecialty ?? null,
    treatmentName: site.value?.treatmentName ?? null,
  }))
}
