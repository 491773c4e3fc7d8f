export default defineCmsHandler((cms) => cms.getHomePage())
