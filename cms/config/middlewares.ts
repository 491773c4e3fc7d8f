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
  // Keeps the JSON parser from quoting a malformed body (patient data) in answers and logs.
  'global::body-parse-errors',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
]
