import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { aService } from '../../fixtures/index.js';
import { startClientTestSim, type ClientTestSim } from '../../test/support/clientOnSim.js';
import { faultsOnce } from '../../test/support/simFaults.js';
import { override } from '../simulator/index.js';
import { createPtvClient } from './ptvClient.js';

let t: ClientTestSim | undefined;
let dir: string | undefined;
afterEach(async () => {
  await t?.sim.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it('known secrets and every bearer token never reach evidence.ndjson or ledger.ndjson', async () => {
  const username = 'secret.api.user@kunta.example';
  const password = 'P@ss"wo\\rd-with-quote-7431';
  t = await startClientTestSim({ username, password, tokenTtlSeconds: 3600 });
  const sim = t.sim;
  // Every token the simulator mints, read from its own login answers.
  const tokens: string[] = [];
  sim.use(
    override('POST', '/api/auth/api-login', async (_req, next) => {
      const real = await next();
      if (real !== 'reset') tokens.push((real.json as { ptvToken: string }).ptvToken);
      return real;
    }),
  );
  dir = mkdtempSync(join(tmpdir(), 'ptvr-secret-'));
  const client = createPtvClient({
    apiUrl: sim.apiUrl,
    tokenUrl: sim.tokenUrl,
    authShape: 'cte',
    credentials: { username, password },
    ptvOrganizationId: sim.organizationId,
    runId: 'secret-run',
    evidencePath: join(dir, 'evidence.ndjson'),
    ledgerPath: join(dir, 'ledger.ndjson'),
    retry: { maxRetries: 3, minDelayMs: 1, maxDelayMs: 2 },
  });
  try {
    // A flow with a re-login (two tokens), retries, and bodies that echo the secrets back.
    const body = aService(t.ctx('SEC-01'));
    body.serviceDescriptions[0]!.value = `contact ${username}, pw ${password}`;
    const a = await client.post<{ id: string }>('/api/v11/Service', body);
    expect(a.status, a.text).toBe(200);
    expect(a.text).toContain('contact ');
    await t.revokeAll();
    sim.use(...faultsOnce('PUT', ['503-before']));
    const archived = await client.put(`/api/v11/Service/${a.body.id}`, { publishingStatus: 'Deleted' });
    expect(archived.status).toBe(200);
    client.invalidateToken();
    await client.get(`/api/v11/Service/${a.body.id}`, { auth: { bearer: 'literal-negative-bearer-value' } });
  } finally {
    await client.close();
  }
  expect(tokens.length).toBeGreaterThanOrEqual(2);
  const evidence = readFileSync(join(dir, 'evidence.ndjson'), 'utf8');
  const ledger = readFileSync(join(dir, 'ledger.ndjson'), 'utf8');
  expect(evidence).toContain('api-login'); // the login exchange is recorded
  expect(evidence).toContain('[REDACTED]');
  expect(ledger).toContain('"archived"');
  const forms = (s: string) => [s, JSON.stringify(s).slice(1, -1), encodeURIComponent(s)];
  for (const file of [evidence, ledger]) {
    for (const secret of [
      ...forms(username),
      ...forms(password),
      ...tokens,
      'literal-negative-bearer-value',
    ]) {
      expect(file).not.toContain(secret);
    }
    expect(file).not.toMatch(/Bearer\s+(?!\[REDACTED\]|[A-Za-z_]+=)/i);
    expect(file).not.toMatch(/eyJ[A-Za-z0-9_-]{5,}\./);
  }
});
