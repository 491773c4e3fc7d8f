import type { HomePage } from '#shared/types/cms'

export async function useHomePage() {
  return requireCmsData(await useFetch<HomePage>('/api/home', { key: 'home-page' }))
}
