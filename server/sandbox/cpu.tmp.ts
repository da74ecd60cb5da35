import { startSandboxServer } from './server'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
const s = await startSandboxServer({ dataDir: mkdtempSync(join(tmpdir(), 'b-')), seed: 'large', port: 4568 })
const h = { authorization: `Bearer ${s.apiKey}`, 'content-type': 'application/json' }
const devs = (await (await fetch(s.url + '/devices/list', { method: 'POST', headers: h, body: '{}' })).json()).devices
const ids: string[] = []
for (const d of devs.slice(0, 10)) ids.push(...(await (await fetch(s.url + '/access_codes/list', { method: 'POST', headers: h, body: JSON.stringify({ device_id: d.device_id }) })).json()).access_codes.map((c: { access_code_id: string }) => c.access_code_id))
writeFileSync('/tmp/dev.json', JSON.stringify({ device_id: devs[5].device_id }))
writeFileSync('/tmp/ids.json', JSON.stringify({ access_code_ids: ids.slice(0, 200) }))
const { spawn } = await import('node:child_process')
for (const [f, path] of [['/tmp/empty.json', '/workspaces/get'], ['/tmp/dev.json', '/access_codes/list'], ['/tmp/ids.json', '/access_codes/list']]) {
  const c0 = process.cpuUsage()
  const out = await new Promise<string>((res) => { let o = ''; const p = spawn('node_modules/.bin/autocannon', ['-j', '-c', '50', '-d', '5', '-m', 'POST', '-H', 'authorization=Bearer seam_sandbox_key', '-H', 'content-type=application/json', '-i', f, s.url + path]); p.stdout.on('data', (d) => (o += d)); p.on('exit', () => res(o)) })
  const c = process.cpuUsage(c0)
  const j = JSON.parse(out)
  console.log(f, 'reqs', j.requests.total, 'server cpu ms/req', ((c.user + c.system) / 1000 / j.requests.total).toFixed(3), 'p50', j.latency.p50, 'p99', j.latency.p99)
}
void execFileSync
await s.close()
