import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { request } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'ptvr-simcli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `ptv-readiness simulate …` in-process with injected streams until `stop` resolves. */
async function runSimulate(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  act?: (stdout: () => string) => Promise<void>,
) {
  let out = '';
  let err = '';
  const ac = new AbortController();
  const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } };
  const done = runCli(['simulate', ...args], { io, signal: ac.signal, env, cwd: dir });
  if (act) {
    for (let i = 0; i < 200 && !out.includes('Stop with'); i++) await sleep(10);
    await act(() => out);
    ac.abort();
  }
  const code = await done;
  return { code, out, err };
}

const urlOf = (out: string) => /API base URL:\s+(\S+)/.exec(out)![1]!;

describe('ptv-readiness simulate', () => {
  it('prints URLs and credentials, serves, stops on the signal with exit 0', async () => {
    const r = await runSimulate(['--port', '0'], {}, async (stdout) => {
      const res = await request(`${urlOf(stdout())}/api/auth/api-login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'api@simulator.test', password: 'simulator' }),
      });
      expect(res.statusCode).toBe(200);
      await res.body.dump();
    });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Token URL:\s+http:\/\/127\.0\.0\.1:\d+\/api\/auth\/api-login/);
    expect(r.out).toContain('Username:      api@simulator.test');
    expect(r.out).toContain('Password:      simulator (built-in default)');
    expect(r.out).toContain('PTV simulator stopped.');
  });

  it('--user takes the password from PTV_SIMULATOR_PASSWORD and never prints it', async () => {
    const r = await runSimulate(
      ['--user', 'me@kunta.test'],
      { PTV_SIMULATOR_PASSWORD: 'Sekret-123' },
      async (stdout) => {
        const res = await request(`${urlOf(stdout())}/api/auth/api-login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'me@kunta.test', password: 'Sekret-123' }),
        });
        expect(res.statusCode).toBe(200);
        await res.body.dump();
      },
    );
    expect(r.out).toContain('Password:      (from PTV_SIMULATOR_PASSWORD)');
    expect(r.out).not.toContain('Sekret-123');
    const missing = await runSimulate(['--user', 'me@kunta.test']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('PTVR_SECRET_MISSING');
  });

  it('rejects --password, bad --faults, unknown --defect with exit 2', async () => {
    expect((await runSimulate(['--password', 'x'])).err).toContain('PTVR_SECRET_ON_ARGV');
    const faults = await runSimulate(['--faults', '5xx=2']);
    expect(faults.code).toBe(2);
    expect(faults.err).toContain('PTVR_USAGE');
    expect((await runSimulate(['--defect', 'nope'])).err).toContain("unknown --defect 'nope'");
  });

  it('--users file adds users and organisations (password via passwordEnv)', async () => {
    const file = join(dir, 'users.json');
    writeFileSync(
      file,
      JSON.stringify({
        organizations: [
          {
            id: '44444444-5555-4666-8777-888888888888',
            names: { fi: 'Kuntayhtymä' },
            organizationType: 'Organization',
          },
        ],
        users: [
          {
            username: 'second@kunta.test',
            passwordEnv: 'SECOND_PW',
            organizationIds: ['44444444-5555-4666-8777-888888888888'],
          },
        ],
      }),
    );
    await runSimulate(['--users', file, '--control'], { SECOND_PW: 'pw2' }, async (stdout) => {
      const base = urlOf(stdout());
      const res = await request(`${base}/api/auth/api-login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'second@kunta.test', password: 'pw2' }),
      });
      const token = ((await res.body.json()) as { ptvToken: string }).ptvToken;
      const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
        activeOrganizationId: string;
      };
      expect(claims.activeOrganizationId).toBe('44444444-5555-4666-8777-888888888888');
      const org = await request(`${base}/api/v11/Organization/44444444-5555-4666-8777-888888888888`);
      expect(org.statusCode).toBe(200);
      await org.body.dump();
    });
    const bad = await runSimulate(['--users', join(dir, 'missing.json')]);
    expect(bad.err).toContain('PTVR_CONFIG_NOT_FOUND');
  });
});
