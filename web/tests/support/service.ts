import { spawn } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'

const OUTPUT_LIMIT = 20_000

export interface Service {
  /** The last lines the process printed, for failure messages. */
  output: () => string
  waitUntil: (isReady: () => Promise<boolean>, timeoutMs: number) => Promise<void>
  /** Sends a signal to the process, e.g. SIGSTOP to make it hang (alive, but never answering). */
  signal: (signal: NodeJS.Signals) => void
  /** Kills the process at once (SIGKILL: no shutdown hooks run), resolved once it is gone. */
  kill: () => Promise<void>
  stop: () => Promise<void>
}

/** Spawns a server process with only the given environment (plus PATH and HOME). */
export function spawnService(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string> },
): Service {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_LIMIT)
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const isRunning = () => child.exitCode === null && child.signalCode === null

  return {
    output: () => output,
    async waitUntil(isReady, timeoutMs) {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        if (!isRunning()) throw new Error(`${name} exited before it was ready:\n${output}`)
        if (await isReady().catch(() => false)) return
        await sleep(200)
      }
      throw new Error(`${name} was not ready after ${timeoutMs} ms:\n${output}`)
    },
    signal(signal) {
      if (isRunning()) child.kill(signal)
    },
    async kill() {
      if (!isRunning()) return
      child.kill('SIGKILL')
      await exited
    },
    async stop() {
      if (!isRunning()) return
      // A stopped process cannot act on SIGTERM until it is continued.
      child.kill('SIGCONT')
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
    },
  }
}
