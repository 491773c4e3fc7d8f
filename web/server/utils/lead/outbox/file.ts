import { randomBytes } from 'node:crypto'
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { isOutboxEntry, type Outbox, type OutboxEntry } from './entry'

const ID = /^[0-9a-f-]{36}$/

async function fsyncDir(dir: string) {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Write to a temp file, fsync, rename over the target, fsync the folder: all or nothing. */
async function writeAtomic(dir: string, name: string, content: string) {
  const temp = join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await open(temp, 'wx', 0o600)
  try {
    await handle.writeFile(content)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(temp, join(dir, name))
  await fsyncDir(dir)
}

/** The ids of the entries in one folder (temp files start with a dot and end in .tmp). */
async function idsIn(dir: string): Promise<string[]> {
  const names = await readdir(dir)
  return names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5))
}

/** `<dir>/pending/<id>.json` and `<dir>/dead/<id>.json`, folders 0700 and files 0600 (PHI). */
export function createFileOutbox(baseDir: string): Outbox {
  const pendingDir = resolve(baseDir, 'pending')
  const deadDir = resolve(baseDir, 'dead')
  const fileName = (id: string) => {
    if (!ID.test(id)) throw new Error('invalid outbox id')
    return `${id}.json`
  }
  const ready = async () => {
    await mkdir(pendingDir, { recursive: true, mode: 0o700 })
    await mkdir(deadDir, { recursive: true, mode: 0o700 })
  }

  return {
    async save(entry: OutboxEntry) {
      await ready()
      await writeAtomic(pendingDir, fileName(entry.submissionId), JSON.stringify(entry))
    },
    async load(id) {
      try {
        const value: unknown = JSON.parse(await readFile(join(pendingDir, fileName(id)), 'utf8'))
        return isOutboxEntry(value) ? value : null
      } catch {
        return null
      }
    },
    async pending() {
      await ready()
      return idsIn(pendingDir)
    },
    async remove(id) {
      await rm(join(pendingDir, fileName(id)), { force: true })
    },
    async deadLetter(id) {
      await ready()
      await rename(join(pendingDir, fileName(id)), join(deadDir, fileName(id)))
      await fsyncDir(deadDir)
    },
    async deadLetters() {
      await ready()
      return idsIn(deadDir)
    },
  }
}
