import type { Storage } from 'unstorage'
import { isOutboxEntry, type Outbox } from './entry'

/**
 * The outbox in Nitro storage (Redis in production): shared by all web instances, durable as far
 * as Redis persistence (AOF) is configured.
 */
export function createStorageOutbox(storage: Storage): Outbox {
  return {
    save: (entry) => storage.setItem(`pending:${entry.submissionId}`, entry),
    async load(id) {
      const value: unknown = await storage.getItem(`pending:${id}`)
      return isOutboxEntry(value) ? value : null
    },
    async pending() {
      const keys = await storage.getKeys('pending')
      return keys.map((key) => key.slice('pending:'.length))
    },
    remove: (id) => storage.removeItem(`pending:${id}`),
    async deadLetters() {
      const keys = await storage.getKeys('dead')
      return keys.map((key) => key.slice('dead:'.length))
    },
    async deadLetter(id) {
      const value: unknown = await storage.getItem(`pending:${id}`)
      if (value !== null && value !== undefined) await storage.setItem(`dead:${id}`, value)
      await storage.removeItem(`pending:${id}`)
    },
  }
}
