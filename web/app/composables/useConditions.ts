import type { Condition } from '#shared/types/cms'

const CONDITIONS_KEY = 'conditions'

/** Every published condition in display order (the layout loads them for the navigation). */
export async function useConditions() {
  return requireCmsData(await useFetch<Condition[]>('/api/conditions', { key: CONDITIONS_KEY }))
}

export async function useCondition(slug: string) {
  const path = `/api/conditions/${encodeURIComponent(slug)}`
  return requireCmsData(await useFetch<Condition>(path, { key: `condition:${slug}` }))
}
