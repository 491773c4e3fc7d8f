export default defineCmsHandler((cms) => cms.getSiteSettings())
