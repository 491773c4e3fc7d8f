import type { LeadFieldErrors } from '@vigeo/lead-contract'

declare module 'h3' {
  interface H3EventContext {
    /** A no-script form POST that failed, for the page to render again (see middleware/lead-form). */
    leadForm?: { status: number; fields: unknown; errors: LeadFieldErrors }
  }
}

// A lead was just accepted by the CMS: it is up, so the relay delivers the backlog now.
declare module 'nitropack' {
  interface NitroRuntimeHooks {
    'lead:outbox-kick': () => void
  }
}
declare module 'nitropack/types' {
  interface NitroRuntimeHooks {
    'lead:outbox-kick': () => void
  }
}

export {}
