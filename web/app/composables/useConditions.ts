const CONDITIONS_KEY = 'conditions'

/** Every published condition in display order (the layout loads them for the navigation). */
export async function useConditions() {
  return useSiteRead(CONDITIONS_KEY, '/api/conditions', (data) => data.conditions())
}

export async function useCondition(slug: string) {
  const path = `/api/conditions/${encodeURIComponent(slug)}`
  return useSiteRead(`condition:${slug}`, path, (data) => data.condition(slug))
}
