/**
 * The consultation request (lead) as the site and the CMS both know it: its fields, choices and
 * limits, the form's schema (run by the site's server and, bundled, by the form's script in the
 * browser) and the CMS's intake check. Adding a form field: here, the Lead schema.json and the
 * form component (ARCHITECTURE.md, "A consultation request").
 */
export * from './campaign'
export * from './consent'
export * from './fields'
export * from './form'
export * from './intake'
export * from './options'
export * from './phone'
export * from './record'
