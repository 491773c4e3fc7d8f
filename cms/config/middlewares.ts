export default [
  // Instead of strapi::logger, which logs query strings (patient names in admin searches).
  'global::request-logger',
  'strapi::errors',
  // Unexpected errors are logged without their message (database errors quote row values).
  'global::error-redaction',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // A body strapi::body cannot read is a plain 4xx that never quotes the body.
  'global::body-parse-errors',
  'strapi::body',
  // Malformed sort/filters/fields/pagination, non-object JSON bodies, unknown methods: 400/405.
  'global::request-guard',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
]
