'use strict'

// Strapi loads a local plugin's server from its own folder, in JavaScript; the app's TypeScript
// build compiles server/src with the rest of src/ into the app's dist folder.
const { join } = require('node:path')

module.exports = require(
  join(strapi.dirs.dist.src, 'plugins', 'lead-insights', 'server', 'src'),
).default
