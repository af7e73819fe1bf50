import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createPtvClient } from './ptvClient.js';
import { startFakePtv, type FakePtv } from './testSupport/fakePtvServer.js';

let fake: FakePtv | undefined;
let dir: string | undefined;
afterEach(async () => {
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it('known secrets and every bearer token never reach evidence.ndjson or ledger.ndjson', async () => {
  const username = 'secret.api.user@kunta.example';
  const password = 'P@ss"wo\\rd-with-quote-7431';
  fake = await startFakePtv({ username, password, tokenTtlSeconds: 3600 });
  dir = mkdtempSync(join(tmpdir(), 'ptvr-secret-'));
  const client = createPtvClient({
    apiUrl: fake.url,
    tokenUrl: `${fake.url}/api/auth/api-login`,
    authShape: 'cte',
    credentials: { username, password },
    ptvOrganizationId: fake.organizationId,
    runId: 'secret-run',
    evidencePath: join(dir, 'evidence.ndjson'),
    ledgerPath: join(dir, 'ledger.ndjson'),
    retry: { maxRetries: 3, minDelayMs: 1, maxDelayMs: 2 },
  });
  try {
    // A flow with a re-login (two tokens), retries, and bodies that echo the secrets back.
    const a = await client.post<{ id: string }>('/api/v11/Service', {
      sourceId: 'sec-1',
      publishingStatus: 'Published',
      note: `contact ${username}, pw ${password}`,
    });
    fake.revokeAll();
    let n = 0;
    fake.fault = (m) => (m === 'PUT' && n++ === 0 ? '503-before' : 'none');
    await client.put(`/api/v11/Service/${a.body.id}`, { publishingStatus: 'Deleted' });
    client.invalidateToken();
    await client.get(`/api/v11/Service/${a.body.id}`, { auth: { bearer: 'literal-negative-bearer-value' } });
  } finally {
    await client.close();
  }
  expect(fake.tokens.length).toBeGreaterThanOrEqual(2);
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
      ...fake.tokens,
      'literal-negative-bearer-value',
    ]) {
      expect(file).not.toContain(secret);
    }
    expect(file).not.toMatch(/Bearer\s+(?!\[REDACTED\]|[A-Za-z_]+=)/i);
    expect(file).not.toMatch(/eyJ[A-Za-z0-9_-]{5,}\./);
  }
});
