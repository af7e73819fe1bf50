import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceEntry } from '../core/evidenceEntry.js';
import { createRedactor } from '../core/redactor.js';
import { createSimulator, type Simulator } from '../simulator/index.js';
import type { TokenSession } from '../client/index.js';
import type { ResolvedConfig } from '../config/types.js';
import { preflight } from './preflight.js';
import type { StartedTarget } from './startTarget.js';
import { teardown } from './teardown.js';

let sim: Simulator;
let dir: string;
beforeAll(async () => {
  // Faults touch the API, never the login: any HTTP answer from the API, even a 500, proves it reachable.
  sim = await createSimulator({
    host: '127.0.0.1',
    port: 0,
    seed: 3,
    faults: { '5xx': 0.3, '429': 0, reset: 0 },
  });
});
afterAll(() => sim?.close());

function target(password: string): StartedTarget {
  return {
    name: 'custom',
    apiUrl: sim.apiUrl,
    tokenUrl: sim.tokenUrl,
    authShape: 'cte',
    username: sim.credentials.username,
    password,
    organizationId: sim.organizationId,
    simulated: false,
    usesDefaultCredentials: false,
    close: async () => {},
  };
}

function evidence(): EvidenceEntry[] {
  return readFileSync(join(dir, 'evidence.ndjson'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as EvidenceEntry);
}

describe('preflight against the simulator', () => {
  it('logs in once and reads the API once; both in the evidence', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ptvr-preflight-'));
    const token = await preflight({
      target: target(sim.credentials.password),
      runId: 'r',
      runDir: dir,
      redactor: createRedactor(),
    });
    expect(token.organizationId).toBe(sim.organizationId);
    const ev = evidence();
    expect(ev.filter((e) => e.caseId === 'login').map((e) => e.status)).toEqual([200]);
    expect(ev.filter((e) => e.caseId === 'preflight').length).toBeGreaterThanOrEqual(1);
    rmSync(dir, { recursive: true, force: true });
  });

  it('hands its login to the teardown, which then logs in no more', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ptvr-preflight-'));
    const redactor = createRedactor();
    let session: TokenSession | undefined;
    const common = { target: target(sim.credentials.password), runId: 'r', runDir: dir, redactor };
    await preflight({ ...common, onSession: (s) => (session = s) });
    expect(session?.shape).toBe('ptvToken');
    const errors: unknown[] = [];
    const facts = await teardown({
      ...common,
      config: { evidenceBodyLimit: 65_536, concurrency: 8 } as ResolvedConfig,
      archive: false,
      line: () => undefined,
      warn: () => undefined,
      session: session!,
      onError: (e) => errors.push(e),
    });
    expect(errors).toEqual([]);
    expect(facts.token?.organizationId).toBe(sim.organizationId);
    expect(facts.organization).toBeDefined();
    const ev = evidence();
    expect(ev.filter((e) => e.caseId === 'login')).toHaveLength(1);
    expect(ev.filter((e) => e.caseId === 'report-cover').length).toBeGreaterThanOrEqual(1);
    // The token itself never reaches the evidence.
    expect(readFileSync(join(dir, 'evidence.ndjson'), 'utf8')).not.toContain(session!.token);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a wrong password: PTVR_AUTH_FAILED after exactly one login request, password redacted', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ptvr-preflight-'));
    const err = await preflight({
      target: target('Not-the-Passw0rd'),
      runId: 'r',
      runDir: dir,
      redactor: createRedactor(),
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'PTVR_AUTH_FAILED', hint: expect.stringMatching(/PTV_PASSWORD/) });
    expect(evidence().map((e) => [e.caseId, e.status])).toEqual([['login', 401]]);
    expect(readFileSync(join(dir, 'evidence.ndjson'), 'utf8')).not.toContain('Not-the-Passw0rd');
    rmSync(dir, { recursive: true, force: true });
  });
});
