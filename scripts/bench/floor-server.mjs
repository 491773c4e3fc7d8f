// The floor under a cached page: a bare Node HTTP server sending the same bytes with the same
// headers, nothing else. `node floor-server.mjs RESPONSE.json PORT`; the JSON holds
// { headers, body (base64) }. Runs as its own process, as the site does, so neither shares a
// core's event loop with the load generator.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

const [file, port] = process.argv.slice(2)
const { headers, body } = JSON.parse(readFileSync(file, 'utf8'))
const bytes = Buffer.from(body, 'base64')

createServer((request, response) => {
  response.writeHead(200, { ...headers, 'content-length': bytes.length })
  response.end(request.method === 'HEAD' ? undefined : bytes)
}).listen(Number(port), '127.0.0.1', () => process.send?.('ready'))
