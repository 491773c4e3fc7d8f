export default defineCmsHandler((cms, event) => cms.getPageBySlug(requireSlugParam(event)))
