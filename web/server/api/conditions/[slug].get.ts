export default defineCmsHandler((cms, event) => cms.getConditionBySlug(requireSlugParam(event)))
