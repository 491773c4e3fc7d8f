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
  // Malformed sort/filters/fields/pagination: a plain 400, not a database error's 500.
  'global::query-guard',
  // A body strapi::body cannot read is a plain 4xx that never quotes the body.
  'global::body-parse-errors',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
]
