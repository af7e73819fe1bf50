/**
 * Fail fast, politely (issue #9): a refused login or an unreachable host stops `run` before any case,
 * exit 2 with PTVR_AUTH_FAILED / PTVR_TARGET_UNREACHABLE, report.json and the login evidence written,
 * at most 2 login requests in the whole run. Spawns the built CLI against a real simulator.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceEntry } from '../src/core/evidenceEntry.js';
import { createSimulator, type Simulator } from '../src/simulator/index.js';
import { onlyRunDir, readModel, runCli, tempDir } from './cliHarness.js';

const WRONG = 'Wr0ng-passw0rd-e2e';

let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator({ host: '127.0.0.1', port: 0 });
});
afterAll(() => sim?.close());

function evidenceOf(runDir: string): EvidenceEntry[] {
  const p = join(runDir, 'evidence.ndjson');
  if (!existsSync(p)) return [];
  return readFileSync(p, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as EvidenceEntry);
}

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

/** One run that must stop before any case; returns its run directory after the shared assertions. */
async function stoppedRun(args: string[], code: string, env: Record<string, string>): Promise<string> {
  const out = tempDir('failfast');
  const res = await runCli(['run', ...args, '--out', out], { env });
  expect(res.code, res.stderr).toBe(2);
  expect(res.stderr).toContain(`${code}:`);
  expect(res.stderr).toMatch(/hint: /);
  expect(res.stderr).not.toMatch(/\n\s+at /); // no stack trace for a user error
  const runDir = onlyRunDir(out);
  const model = readModel(runDir);
  expect(model.errors[0]?.code).toBe(code);
  // Stopped before any case: no per-case failure cascade, and no PDF.
  expect(model.cases).toEqual([]);
  expect(model.status).toBe('not-run');
  expect(existsSync(join(runDir, 'report.pdf'))).toBe(false);
  const text = existsSync(join(runDir, 'evidence.ndjson'))
    ? readFileSync(join(runDir, 'evidence.ndjson'), 'utf8')
    : '';
  expect(text).not.toContain(env.PTV_PASSWORD);
  return runDir;
}

describe('a refused login stops the run', () => {
  for (const target of [[], ['--target', 'cte']]) {
    it(`${target.join(' ') || 'custom URLs'}: wrong password → exit 2, PTVR_AUTH_FAILED, one login request, redacted`, async () => {
      const runDir = await stoppedRun(
        [...target, '--api-url', sim.apiUrl, '--token-url', sim.tokenUrl],
        'PTVR_AUTH_FAILED',
        { PTV_USERNAME: sim.credentials.username, PTV_PASSWORD: WRONG },
      );
      const logins = evidenceOf(runDir).filter((e) => e.url.endsWith('/api/auth/api-login'));
      expect(logins.length).toBeGreaterThanOrEqual(1);
      expect(logins.length).toBeLessThanOrEqual(2);
      expect(logins.map((e) => e.status)).toContain(401);
      expect(logins.every((e) => e.caseId === 'login')).toBe(true);
      // Nothing but the login reached the target.
      expect(evidenceOf(runDir).filter((e) => !e.url.endsWith('/api/auth/api-login'))).toEqual([]);
    });
  }
});

describe('an unreachable target stops the run', () => {
  const env = { PTV_USERNAME: 'someone@example.fi', PTV_PASSWORD: 'Unus3d-passw0rd' };

  it('a closed port on 127.0.0.1 → exit 2, PTVR_TARGET_UNREACHABLE, the failed attempt in the evidence', async () => {
    const port = await closedPort();
    const base = `http://127.0.0.1:${port}`;
    const runDir = await stoppedRun(
      ['--api-url', `${base}/`, '--token-url', `${base}/api/auth/api-login`],
      'PTVR_TARGET_UNREACHABLE',
      env,
    );
    expect(evidenceOf(runDir).map((e) => e.error)).toEqual(['ECONNREFUSED']);
  });

  for (const target of [[], ['--target', 'cte']]) {
    it(`${target.join(' ') || 'custom URLs'}: an unresolvable name → exit 2, PTVR_TARGET_UNREACHABLE`, async () => {
      const runDir = await stoppedRun(
        [
          ...target,
          '--api-url',
          'http://no-such-host.invalid/',
          '--token-url',
          'http://no-such-host.invalid/api/auth/api-login',
        ],
        'PTVR_TARGET_UNREACHABLE',
        env,
      );
      const attempts = evidenceOf(runDir);
      expect(attempts.length).toBeGreaterThanOrEqual(1);
      expect(attempts.length).toBeLessThanOrEqual(2);
      expect(attempts.every((e) => e.status === undefined && typeof e.error === 'string')).toBe(true);
    });
  }
});
