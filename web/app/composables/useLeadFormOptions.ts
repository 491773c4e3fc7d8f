import { shallowRef } from 'vue'
import type { LeadFormOptions } from '#shared/lead/options'

/**
 * The consultation form's condition and location lists with a fresh submission id and token.
 * On the server it is read in-process and awaited directly, like the pages' content
 * (useSiteRead.ts); in a browser from /api/lead-form-options, never reused from an earlier visit
 * (a reused id would make the next request a replay) except to hydrate the page it came with.
 */
export async function useLeadFormOptions(key: string) {
  const siteData = import.meta.server ? useRequestEvent()?.context.siteData : undefined
  if (siteData) {
    const data = shallowRef<LeadFormOptions | undefined>()
    try {
      data.value = await siteData.leadFormOptions()
    } catch (error) {
      console.warn(`[lead] form options failed: ${error instanceof Error ? error.name : 'unknown'}`)
    }
    return { data }
  }
  return useAsyncData(key, () => $fetch('/api/lead-form-options') as Promise<LeadFormOptions>, {
    getCachedData: (cacheKey, nuxtApp) =>
      nuxtApp.isHydrating ? (nuxtApp.payload.data[cacheKey] as LeadFormOptions) : undefined,
  })
}
