import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrganization } from '../../fixtures/index.js';
import { createPtvClient, type PtvClient } from '../client/index.js';
import { createSimulator, type Simulator } from '../simulator/index.js';
import { appendLineDurable } from '../core/appendLineDurable.js';
import { appendIntent, readIntents } from '../client/createIntents.js';
import { runFile } from '../suite/runFiles.js';
import { cleanupFiles, cleanupRun } from './cleanupRun.js';
import { writeRunInfo } from './runInfo.js';

// The crash window of a create: PTV committed the POST, the process died before the ledger line. Only
// the intent line exists; cleanup must archive the entity by sourceId.
const runId = '20261126T171500Z-custom-0a0a';
let sim: Simulator;
let raw: PtvClient;

beforeAll(async () => {
  sim = await createSimulator({ host: '127.0.0.1', port: 0 });
  // No ledger path: this client plays the run that died before writing `created`.
  raw = createPtvClient({
    apiUrl: sim.apiUrl,
    tokenUrl: sim.tokenUrl,
    authShape: 'cte',
    credentials: sim.credentials,
    runId,
  });
});

afterAll(async () => {
  await raw.close();
  await sim.close();
});

describe('cleanupRun after a crash inside a create', () => {
  it('archives an entity known only from its intent line, then has nothing left to do', async () => {
    const runDir = mkdtempSync(join(tmpdir(), 'ptvr-orphan-'));
    writeRunInfo(runDir, {
      runId,
      createdAt: new Date().toISOString(),
      toolVersion: '0.1.0',
      target: 'custom',
      apiUrl: sim.apiUrl,
      tokenUrl: sim.tokenUrl,
      authShape: 'cte',
      organizationId: sim.organizationId,
    });
    const body = anOrganization({
      runId,
      seed: 1,
      referenceDate: '2026-01-15T00:00:00.000Z',
      organizationId: sim.organizationId,
      caseId: 'ORG-01',
    });
    const intents = runFile(runDir, 'intents');
    const at = new Date().toISOString();
    appendIntent(intents, {
      event: 'intent',
      runId,
      objectType: 'Organization',
      sourceId: body.sourceId!,
      at,
    });
    // A second intent whose POST never reached PTV: cleanup finds nothing and resolves it.
    appendIntent(intents, {
      event: 'intent',
      runId,
      objectType: 'Service',
      sourceId: `ptvr-${runId}-never`,
      at,
    });
    // A T5 negative case's sourceId: PTV refuses it (400) on the create and on every lookup by it, so
    // it can never have created anything. Before #18 this kept cleanup at exit 1 forever.
    appendIntent(intents, {
      event: 'intent',
      runId,
      objectType: 'Service',
      sourceId: 'invalid value_with space!',
      at,
    });
    const intentsBefore = readFileSync(intents, 'utf8');
    const created = await raw.post<{ id: string }>('/api/v11/Organization', body);
    expect(created.status).toBe(200);
    expect((await raw.get(`/api/v11/Organization/${created.body.id}`)).status).toBe(200);

    const first = await cleanupRun(runDir, sim.credentials);
    expect(first.outcome.orphans).toEqual({ archived: 1, absent: 2, failed: 0 });
    expect(first.remaining).toBe(0);
    // The run's own intents file is untouched; cleanup records each resolution in a file of its own.
    expect(readFileSync(intents, 'utf8')).toBe(intentsBefore);
    const resolved = readIntents(cleanupFiles(runDir).intents);
    // Children before parents: the services first, then the organisation.
    expect(resolved.map((i) => [i.event, i.sourceId, i.resolution])).toEqual([
      ['resolved', `ptvr-${runId}-never`, 'absent'],
      ['resolved', 'invalid value_with space!', 'refused'],
      ['resolved', body.sourceId, 'archived'],
    ]);
    // The refused sourceId cost no request: cleanup's evidence has two sourceId PUTs, not three.
    const puts = readFileSync(cleanupFiles(runDir).evidence, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { method: string; url: string })
      .filter((e) => e.method === 'PUT');
    expect(puts.map((e) => e.url).filter((u) => u.includes('/sourceId/'))).toHaveLength(2);
    expect((await raw.get(`/api/v11/Organization/${created.body.id}`)).status).toBe(404);

    const second = await cleanupRun(runDir, sim.credentials);
    expect(second.outcome.orphans).toEqual({ archived: 0, absent: 0, failed: 0 });
    expect(second.outcome.live).toBe(0);
  });
});

describe('cleanupRun warnings and interrupts', () => {
  it('passes client warnings to onWarning and aborts an in-flight archive request on the signal', async () => {
    // Every API request waits 5 s: without the signal in the client, cleanup would wait for the PUT.
    const slow = await createSimulator({ host: '127.0.0.1', port: 0, latency: { ms: 5_000 } });
    try {
      const id = '9a1c7e55-0000-4000-8000-00000000abcd';
      const runDir = mkdtempSync(join(tmpdir(), 'ptvr-abort-'));
      writeRunInfo(runDir, {
        runId,
        createdAt: new Date().toISOString(),
        toolVersion: '0.1.0',
        target: 'custom',
        apiUrl: slow.apiUrl,
        tokenUrl: slow.tokenUrl,
        authShape: 'cte',
      });
      appendLineDurable(runFile(runDir, 'ledger'), {
        event: 'created',
        runId,
        objectType: 'Organization',
        id,
        at: new Date().toISOString(),
      });
      const warnings: string[] = [];
      const ac = new AbortController();
      setTimeout(() => ac.abort(), 300);
      // apiUserOrganisation on a CTE login is ignored by PTV: the client warns about it.
      const r = await cleanupRun(
        runDir,
        { ...slow.credentials, apiUserOrganisation: 'palveluhallinta-org' },
        ac.signal,
        { onWarning: (m) => warnings.push(m) },
      );
      expect(warnings).toEqual([expect.stringContaining('CTE login ignores it')]);
      expect(r.outcome.archived).toEqual([]);
      expect(r.outcome.failed).toEqual([
        expect.objectContaining({ message: expect.stringContaining('interrupted') }),
      ]);
      expect(r.remaining).toBe(1);
    } finally {
      await slow.close();
    }
  });
});
