export default defineCmsHandler((cms, event) => cms.getArticleBySlug(requireSlugParam(event)))
