const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export default defineCmsHandler((cms, event) => {
  const slug = getRouterParam(event, 'slug') ?? ''
  // Anything that is not a slug cannot exist in the CMS: answer without asking it.
  if (!SLUG.test(slug)) throw createError({ statusCode: 404, statusMessage: 'Not Found' })
  return cms.getArticleBySlug(slug)
})
