export default defineCmsHandler((cms) => cms.listLocations())
