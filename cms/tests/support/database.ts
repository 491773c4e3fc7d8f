import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'

export interface TestDatabase {
  /** Environment for Strapi's config/database.ts. */
  env: Record<string, string>
  drop(): Promise<void>
}

/** The PostgreSQL server to create test databases on, from the usual DATABASE_* variables. */
const postgresServer = () => {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    return {
      host: url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username) || 'postgres',
      password: decodeURIComponent(url.password),
    }
  }
  return {
    host: process.env.DATABASE_HOST ?? '127.0.0.1',
    port: Number(process.env.DATABASE_PORT ?? 5432),
    user: process.env.DATABASE_USERNAME ?? 'postgres',
    password: process.env.DATABASE_PASSWORD ?? '',
  }
}

/**
 * A fresh, empty database for one test file: SQLite by default, PostgreSQL when
 * DATABASE_CLIENT=postgres (a new database on that server, dropped afterwards).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `vigeo_test_${process.pid}_${randomBytes(4).toString('hex')}`

  if (process.env.DATABASE_CLIENT !== 'postgres') {
    const filename = join(tmpdir(), `${name}.db`)
    return {
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
      async drop() {
        for (const suffix of ['', '-wal', '-shm', '-journal']) {
          rmSync(filename + suffix, { force: true })
        }
      },
    }
  }

  const server = postgresServer()
  const run = async (sql: string) => {
    const client = new pg.Client({ ...server, database: 'postgres' })
    await client.connect()
    try {
      await client.query(sql)
    } finally {
      await client.end()
    }
  }
  await run(`CREATE DATABASE "${name}"`)
  return {
    env: {
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: '',
      DATABASE_HOST: server.host,
      DATABASE_PORT: String(server.port),
      DATABASE_USERNAME: server.user,
      DATABASE_PASSWORD: server.password,
      DATABASE_NAME: name,
    },
    drop: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  }
}
