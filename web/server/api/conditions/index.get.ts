export default defineCmsHandler((cms) => cms.listConditions())
