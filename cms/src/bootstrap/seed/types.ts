import type { UID } from '@strapi/strapi'

export interface SeedRefs {
  /** documentIds of published documents with these slugs, in the given order; missing ones skipped. */
  slugs(uid: UID.CollectionType, slugs: readonly string[]): Promise<string[]>
}

export interface SeedEntry {
  uid: UID.ContentType
  /** Collection types: the slug that identifies the entry. Single types have none. */
  slug?: string
  /** The document to create; a function when it relates to other seeded documents. */
  data: Record<string, unknown> | ((refs: SeedRefs) => Promise<Record<string, unknown>>)
}

/** The placeholder phone number (555-01xx is reserved for fiction): the clinic sets its own. */
export const PLACEHOLDER_PHONE = '+18175550134'
