import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EvidenceEntry } from '../core/evidenceEntry.js';
import type { ReportModel } from '../report/model.js';
import { createSimulator, type Simulator } from '../simulator/index.js';
import { startObserve, type ObserveHandle } from './startObserve.js';

let out: string;
let handle: ObserveHandle | undefined;
const closers: (() => Promise<void>)[] = [];
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'ptvr-observe-'));
});
afterEach(async () => {
  await handle?.stop().catch(() => undefined);
  handle = undefined;
  for (const c of closers.splice(0)) await c();
  rmSync(out, { recursive: true, force: true });
});

const report = (dir: string): ReportModel =>
  JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as ReportModel;
const evidence = (dir: string): EvidenceEntry[] =>
  readFileSync(join(dir, 'evidence.ndjson'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as EvidenceEntry);

/** A loopback target that answers with exactly the bytes and headers it received. */
async function echoTarget(): Promise<{
  url: string;
  apiUrl: string;
  tokenUrl: string;
  seen: { headers: Record<string, unknown> }[];
}> {
  const seen: { headers: Record<string, unknown> }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ headers: { ...req.headers } });
      const body = Buffer.concat(chunks);
      res.writeHead(201, {
        'content-type': 'application/octet-stream',
        'x-sha256': createHash('sha256').update(body).digest('hex'),
        'x-custom-answer': 'kept',
      });
      res.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(() => new Promise<void>((r) => server.close(() => r())));
  const port = (server.address() as { port: number }).port;
  const url = `http://127.0.0.1:${port}`;
  return { url, apiUrl: url, tokenUrl: `${url}/api/auth/api-login`, seen };
}

async function simTarget(): Promise<Simulator> {
  const sim = await createSimulator({ host: '127.0.0.1', port: 0 });
  closers.push(() => sim.close());
  return sim;
}

async function login(h: ObserveHandle, username: string, password: string): Promise<string> {
  const r = await request(h.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await r.body.json()) as { ptvToken?: string; serviceToken?: string };
  const token = body.ptvToken ?? body.serviceToken;
  expect(token).toBeTruthy();
  return token!;
}

/** observe on a free port in front of a target (an echo server or a simulator), Markdown report in English. */
function observeInFrontOf(
  target: { apiUrl: string; tokenUrl: string },
  extra: Partial<Parameters<typeof startObserve>[0]> = {},
) {
  const { apiUrl, tokenUrl } = target;
  return startObserve({
    target: { apiUrl, tokenUrl },
    port: 0,
    outDir: out,
    formats: ['md'],
    langs: ['en'],
    ...extra,
  });
}

describe('observe forwards unchanged', () => {
  it('passes bodies byte for byte both ways and drops hop-by-hop headers only', async () => {
    const echo = await echoTarget();
    handle = await observeInFrontOf(echo);
    const sent = Buffer.concat([Buffer.from('{ "a" :\t1 ,"ä":"\u00e4"}\r\n'), randomBytes(4096)]);
    const r = await request(`${handle.apiUrl}/api/v11/Service`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-custom': 'must pass',
      },
      body: sent,
    });
    const got = Buffer.from(await r.body.arrayBuffer());
    expect(r.statusCode).toBe(201);
    expect(got.equals(sent)).toBe(true);
    expect(r.headers['x-sha256']).toBe(createHash('sha256').update(sent).digest('hex'));
    expect(r.headers['x-custom-answer']).toBe('kept');
    expect(echo.seen[0]!.headers['x-custom']).toBe('must pass');
    // undici manages `connection` itself: a raw request shows the proxy drops what it names.
    const raw = await new Promise<string>((resolve) => {
      const s = connect(Number(new URL(handle!.apiUrl).port), '127.0.0.1', () => {
        s.write(
          'GET /api/v11/Service HTTP/1.1\r\nhost: x\r\nconnection: close, x-hop\r\nx-hop: must not pass\r\nx-custom: must pass\r\n\r\n',
        );
      });
      let text = '';
      s.on('data', (d: Buffer) => (text += d.toString('latin1')));
      s.on('close', () => resolve(text));
    });
    expect(raw.startsWith('HTTP/1.1 201')).toBe(true);
    expect(echo.seen[1]!.headers['x-custom']).toBe('must pass');
    expect(echo.seen[1]!.headers['x-hop']).toBeUndefined();
    const res = await handle.stop();
    expect(evidence(res.runDir).some((e) => e.method === 'POST' && e.status === 201)).toBe(true);
  });
});

describe('observe records safely', () => {
  it('never writes the login password or the token; the integration still got both through', async () => {
    const sim = await simTarget();
    handle = await observeInFrontOf(sim, { formats: ['md', 'junit'] });
    const token = await login(handle, sim.credentials.username, sim.credentials.password);
    const r = await request(`${handle.apiUrl}/api/v11/Organization/${sim.organizationId}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(r.statusCode).toBe(200);
    await r.body.dump();
    const res = await handle.stop();
    expect(res.errors).toEqual([]);
    for (const f of readdirSync(res.runDir)) {
      const text = readFileSync(join(res.runDir, f), 'utf8');
      expect(text.includes(sim.credentials.password), f).toBe(false);
      expect(text.includes(token), f).toBe(false);
    }
    const items = report(res.runDir).items!;
    expect(items.find((i) => i.id === 'CONN')!.status).toBe('passed');
  });

  it('forwards malformed JSON and unknown routes, records them, and keeps serving', async () => {
    const sim = await simTarget();
    handle = await observeInFrontOf(sim);
    const token = await login(handle, sim.credentials.username, sim.credentials.password);
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const bad = await request(`${handle.apiUrl}/api/v11/Service`, {
      method: 'POST',
      headers: auth,
      body: '{"broken',
    });
    expect(bad.statusCode).toBe(400);
    await bad.body.dump();
    const unknown = await request(`${handle.apiUrl}/api/v11/NoSuchThing`, { headers: auth });
    expect(unknown.statusCode).toBe(404);
    await unknown.body.dump();
    const weird = await request(`${handle.apiUrl}/not-api/at-all`, {
      method: 'POST',
      headers: auth,
      body: '{}',
    });
    await weird.body.dump();
    const after = await request(`${handle.apiUrl}/api/v11/Organization/${sim.organizationId}`, {
      headers: auth,
    });
    expect(after.statusCode).toBe(200);
    await after.body.dump();
    const res = await handle.stop();
    const model = report(res.runDir);
    const refused = model.cases.find((c) => c.title.startsWith('Service created'))!;
    expect(refused.dvvItem).toBe('T5');
    expect(refused.status).toBe('failed');
    expect(
      refused.findings.some((f) => f.message.startsWith('PTV refused POST /api/v11/Service with 400')),
    ).toBe(true);
    expect(model.cases.some((c) => c.title === 'POST /not-api/at-all')).toBe(true);
    expect(evidence(res.runDir).map((e) => e.status)).toEqual([200, 400, 404, 404, 200]);
    expect(model.items!.find((i) => i.id === 'T5')!.status).toBe('failed');
  });

  it('forwards a large body, refuses one over the limit with 413 and a finding', async () => {
    const echo = await echoTarget();
    handle = await observeInFrontOf(echo, { maxBodyBytes: 4 * 1024 * 1024 });
    const big = Buffer.alloc(3 * 1024 * 1024, 'a');
    const ok = await request(`${handle.apiUrl}/api/v11/Service`, { method: 'POST', body: big });
    expect(ok.statusCode).toBe(201);
    expect(Buffer.from(await ok.body.arrayBuffer()).equals(big)).toBe(true);
    const tooBig = await request(`${handle.apiUrl}/api/v11/Service`, {
      method: 'POST',
      body: Buffer.alloc(5 * 1024 * 1024, 'b'),
    });
    expect(tooBig.statusCode).toBe(413);
    await tooBig.body.dump();
    expect(echo.seen).toHaveLength(1);
    const res = await handle.stop();
    const ev = evidence(res.runDir);
    expect(ev[0]!.truncated).toBe(true);
    const model = report(res.runDir);
    expect(model.cases.some((c) => c.findings.some((f) => f.rule === 'observe.bodyTooLarge'))).toBe(true);
  });

  it('survives an integration that closes its connection mid-request', async () => {
    const echo = await echoTarget();
    handle = await observeInFrontOf(echo);
    const port = new URL(handle.apiUrl).port;
    await new Promise<void>((resolve) => {
      const s = connect(Number(port), '127.0.0.1', () => {
        s.write('POST /api/v11/Service HTTP/1.1\r\nhost: x\r\ncontent-length: 1000\r\n\r\n{"half":');
        s.destroy();
        resolve();
      });
    });
    const h = handle;
    await expect.poll(() => h.coverage().exchanges).toBe(1);
    const r = await request(`${handle.apiUrl}/api/v11/Service`, { method: 'POST', body: '{}' });
    expect(r.statusCode).toBe(201);
    await r.body.dump();
    const res = await handle.stop();
    const model = report(res.runDir);
    expect(model.cases.some((c) => c.findings.some((f) => f.rule === 'observe.clientClosed'))).toBe(true);
    expect(echo.seen).toHaveLength(1);
  });

  it('gives the integration a 502 and a finding when the target goes away, without hanging', async () => {
    const sim = await simTarget();
    handle = await observeInFrontOf(sim);
    await login(handle, sim.credentials.username, sim.credentials.password);
    await sim.close();
    const r = await request(`${handle.apiUrl}/api/v11/Service/list/organization`);
    expect(r.statusCode).toBe(502);
    expect(((await r.body.json()) as { message: string }).message).toMatch(/did not answer/);
    const res = await handle.stop();
    const model = report(res.runDir);
    const gone = model.cases.find((c) => c.findings.some((f) => f.rule === 'observe.targetUnreachable'))!;
    expect(gone.dvvItem).toBe('CONN');
    expect(gone.status).toBe('failed');
    expect(res.items.find((i) => i.id === 'CONN')!.status).toBe('failed');
    expect(res.status).toBe('failed');
  });
});
