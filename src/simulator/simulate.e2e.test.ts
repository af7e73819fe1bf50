import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import { aService } from '../../fixtures/index.js';
import { fixtureFor } from '../../test/support/sim.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'dist/src/bin.js');
const dir = mkdtempSync(join(tmpdir(), 'ptvr-sim-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(args: string[]): Promise<{ child: ChildProcess; url: string; out: () => string }> {
  const child = spawn(process.execPath, [bin, 'simulate', '--port', '0', ...args], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH },
  });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /API base URL:\s+(\S+)/.exec(out);
      if (m && out.includes('Stop with')) resolve({ child, url: m[1]!, out: () => out });
    });
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

async function login(url: string): Promise<string> {
  const r = await request(`${url}/api/auth/api-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'api@simulator.test', password: 'simulator' }),
  });
  return ((await r.body.json()) as { ptvToken: string }).ptvToken;
}

describe('node dist/src/bin.js simulate', () => {
  it('serves with --db, survives kill -9, and exits 0 on SIGINT', async () => {
    const db = join(dir, 'sim.db');
    const first = await start(['--db', db]);
    const token = await login(first.url);
    const r = await request(`${first.url}/api/v11/Service`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(
        aService(fixtureFor('5d1b8f5e-9a52-4c0e-8c1d-3f0e2a7b6c01', 'E2E'), { sourceId: 'e2e-1' }),
      ),
    });
    expect(r.statusCode).toBe(200);
    const { id } = (await r.body.json()) as { id: string };
    first.child.kill('SIGKILL');
    await new Promise((res) => first.child.once('exit', res));

    const second = await start(['--db', db]);
    const got = await request(`${second.url}/api/v11/Service/${id}`);
    expect(got.statusCode).toBe(200);
    await got.body.dump();
    const exit = new Promise<number | null>((res) => second.child.once('exit', (code) => res(code)));
    second.child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(second.out()).toContain('PTV simulator stopped.');
  });

  it('refuses --password with exit 2', async () => {
    const child = spawn(process.execPath, [bin, 'simulate', '--password', 'x'], { cwd: dir });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((res) => child.once('exit', res));
    expect(code).toBe(2);
    expect(err).toContain('PTVR_SECRET_ON_ARGV');
  });
});
