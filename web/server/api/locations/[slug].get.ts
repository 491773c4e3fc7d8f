export default defineCmsHandler((cms, event) => cms.getLocationBySlug(requireSlugParam(event)))
