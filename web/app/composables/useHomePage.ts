export async function useHomePage() {
  return useSiteRead('home-page', '/api/home', (data) => data.home())
}
