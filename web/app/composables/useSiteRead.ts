import type { Ref } from 'vue'
import type { SiteData } from '#shared/types/site-data'

/**
 * Published content for a page, failing the page with the read's status (requireCmsData). On the
 * server it is read in-process through the site's data cache (server/plugins/site-data.ts); in
 * a browser, from the same read's /api route (`path`).
 */
export async function useSiteRead<T>(
  key: string,
  path: string,
  read: (data: SiteData) => Promise<T>,
) {
  const siteData = import.meta.server ? useRequestEvent()?.context.siteData : undefined
  const { data, error } = await useAsyncData(key, () =>
    siteData ? read(siteData) : ($fetch(path) as Promise<T>),
  )
  // useAsyncData types `data` for its `pick` option, which is not used here.
  return requireCmsData<T>({ data: data as Ref<T | undefined>, error })
}
