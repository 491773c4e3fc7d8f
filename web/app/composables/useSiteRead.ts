import { shallowRef, type Ref } from 'vue'
import type { SiteData } from '#shared/types/site-data'

/** The reads of one server render, by key: a layout and a page asking for the same data share one. */
const serverReads = new WeakMap<SiteData, Map<string, Promise<unknown>>>()

/** On the server: the read once per request, with the outcome in the shape useAsyncData gives. */
async function readOnServer<T>(
  siteData: SiteData,
  key: string,
  read: (data: SiteData) => Promise<T>,
  payload: { data: Record<string, unknown> },
) {
  let reads = serverReads.get(siteData)
  if (!reads) serverReads.set(siteData, (reads = new Map()))
  let pending = reads.get(key) as Promise<T> | undefined
  if (!pending) reads.set(key, (pending = read(siteData)))
  try {
    const value = await pending
    // Where components read what the layout loaded (useLoadedSiteSettings: useNuxtData).
    payload.data[key] = value
    return { data: shallowRef<T | undefined>(value), error: shallowRef(null) }
  } catch (error) {
    return {
      data: shallowRef<T | undefined>(undefined),
      error: shallowRef(createError(error as Error)),
    }
  }
}

/**
 * Published content for a page, failing the page with the read's status (requireCmsData). On the
 * server it is read in-process through the site's data cache (server/plugins/site-data.ts) and
 * awaited directly: pages ship no Vue app (route rule `noScripts`), so nothing hydrates and
 * useAsyncData's payload, refresh and abort bookkeeping would be CPU spent on every render. In a
 * browser, from the same read's /api route (`path`).
 */
export async function useSiteRead<T>(
  key: string,
  path: string,
  read: (data: SiteData) => Promise<T>,
) {
  const siteData = import.meta.server ? useRequestEvent()?.context.siteData : undefined
  if (siteData) {
    const { payload } = useNuxtApp()
    return requireCmsData<T>(await readOnServer(siteData, key, read, payload))
  }
  const { data, error } = await useAsyncData(key, () => $fetch(path) as Promise<T>)
  // useAsyncData types `data` for its `pick` option, which is not used here.
  return requireCmsData<T>({ data: data as Ref<T | undefined>, error })
}
