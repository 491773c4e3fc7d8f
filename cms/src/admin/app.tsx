export default {
  config: {
    locales: [],
    // The default asks api.github.com for release notes: the admin stays offline.
    notifications: { releases: false },
    tutorials: false,
  },
}
