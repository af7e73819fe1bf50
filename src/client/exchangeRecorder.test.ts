import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIntents } from './createIntents.js';
import { createExchangeRecorder } from './exchangeRecorder.js';
import { readLedger } from './ledger.js';

describe('createExchangeRecorder', () => {
  const setup = () => {
    const dir = mkdtempSync(join(tmpdir(), 'ptvr-exchange-'));
    const paths = { ledgerPath: join(dir, 'ledger.ndjson'), intentsPath: join(dir, 'intents.ndjson') };
    const at = new Date('2026-06-01T00:00:00Z');
    return { paths, rec: createExchangeRecorder({ runId: 'r1', ...paths, now: () => at }) };
  };

  it('writes created / archived / restored ledger lines from final 200 answers only', () => {
    const { paths, rec } = setup();
    const post = { method: 'POST' as const, path: '/api/v11/ServiceChannel/Phone', body: { sourceId: 's1' } };
    rec.settled(post, 400, {});
    rec.settled(post, 200, { id: 'c1' });
    rec.settled(
      { method: 'PUT', path: '/api/v11/ServiceChannel/Phone/c1', body: { publishingStatus: 'Published' } },
      200,
      {},
    );
    rec.settled(
      { method: 'PUT', path: '/api/v11/ServiceChannel/Phone/c1', body: { publishingStatus: 'Deleted' } },
      200,
      {},
    );
    rec.settled(
      { method: 'PUT', path: '/api/v11/ServiceChannel/Phone/c1', body: { publishingStatus: 'Published' } },
      200,
      {},
    );
    rec.settled({ method: 'POST', path: '/api/v11/Connection', body: [{ sourceId: 'x' }] }, 200, ['added']);
    expect(
      readLedger(paths.ledgerPath).map((e) => [e.event, e.objectType, e.channelType, e.id, e.sourceId]),
    ).toEqual([
      ['created', 'ServiceChannel', 'Phone', 'c1', 's1'],
      ['archived', 'ServiceChannel', 'Phone', 'c1', undefined],
      ['restored', 'ServiceChannel', 'Phone', 'c1', undefined],
    ]);
  });

  it('brackets a create with a sourceId by intent and resolved; a 5xx leaves it open; other requests write none', () => {
    const { paths, rec } = setup();
    const ok = {
      method: 'POST' as const,
      path: '/api/v11/Service',
      body: { sourceId: 'a' },
      caseId: 'SRV-01',
    };
    const lost = { method: 'POST' as const, path: '/api/v11/Service', body: { sourceId: 'b' } };
    rec.begin(ok);
    rec.settled(ok, 200, { id: 'i1' });
    rec.begin(lost);
    rec.settled(lost, 503, {});
    rec.begin({ method: 'PUT', path: '/api/v11/Service/i1', body: { sourceId: 'a' } });
    rec.begin({ method: 'GET', path: '/api/v11/Service/i1' });
    expect(readIntents(paths.intentsPath).map((i) => [i.event, i.sourceId, i.caseId, i.runId])).toEqual([
      ['intent', 'a', 'SRV-01', 'r1'],
      ['resolved', 'a', undefined, 'r1'],
      ['intent', 'b', undefined, 'r1'],
    ]);
    expect(readFileSync(paths.intentsPath, 'utf8')).toContain('"at":"2026-06-01T00:00:00.000Z"');
  });
});
