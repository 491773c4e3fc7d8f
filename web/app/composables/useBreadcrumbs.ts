import { breadcrumbList, type Crumb } from '#shared/schema/breadcrumbs'
import { useJsonLd } from './usePageSeo'

/** Home plus the given trail, also emitted as a schema.org BreadcrumbList. */
export function useBreadcrumbs(crumbs: () => readonly Crumb[]) {
  const siteUrl = String(useRuntimeConfig().public.siteUrl)
  const trail = computed(() => [{ name: 'Home', path: '/' }, ...crumbs()])
  useJsonLd(() => breadcrumbList(siteUrl, trail.value), 'breadcrumbs')
  return trail
}
