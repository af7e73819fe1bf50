import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPtvClient } from '../client/index.js';
import type { EvidenceEntry } from '../core/evidenceEntry.js';
import { startSim, type TestSim } from '../../test/support/sim.js';
import { readCatalogue } from './readCatalogue.js';

let t: TestSim;

beforeAll(async () => {
  // Seeded fault injection: the same 429s in the same order every run (concurrency 1 below).
  t = await startSim({ faults: { '429': 0.3 }, seed: 7 });
  const gen = await t.call('POST', '/control/generate', { count: 150 }, null);
  expect(gen.status).toBe(200);
});

afterAll(async () => {
  await t?.close();
});

describe('readCatalogue under 429s', () => {
  it('backs off, retries and still reads every page (150 services: two pages)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ptvr-content-429-'));
    const client = createPtvClient({
      apiUrl: t.sim.apiUrl,
      tokenUrl: t.sim.tokenUrl,
      authShape: 'cte',
      credentials: t.sim.credentials,
      runId: 'content-429',
      evidencePath: join(dir, 'evidence.ndjson'),
      concurrency: 1,
      retry: { maxRetries: 6, minDelayMs: 1, maxDelayMs: 5 },
    });
    try {
      const catalogue = await readCatalogue(client, { organizationId: t.sim.organizationId, concurrency: 1 });
      expect(catalogue.services).toHaveLength(150);
      const evidence = readFileSync(join(dir, 'evidence.ndjson'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as EvidenceEntry);
      expect(evidence.map((e) => e.status)).toContain(429);
      // Only reads went to the API (the login is the one POST).
      const writes = evidence.filter((e) => e.method !== 'GET');
      expect(writes.length).toBeGreaterThan(0);
      expect(writes.every((e) => e.method === 'POST' && e.url.includes('/api/auth/api-login'))).toBe(true);
    } finally {
      await client.close();
    }
  });
});
