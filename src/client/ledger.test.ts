import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../core/ledgerEntry.js';
import { archivePathFor, createLedgerWriter, entityRefOf, liveEntities, readLedger } from './ledger.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ptvr-ledger-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const e = (
  event: LedgerEntry['event'],
  id: string,
  objectType: LedgerEntry['objectType'] = 'Service',
): LedgerEntry => ({
  event,
  id,
  objectType,
  runId: 'r',
  at: '2026-01-01T00:00:00.000Z',
});

describe('entityRefOf / archivePathFor', () => {
  it('parses entity endpoints and ignores the others', () => {
    expect(entityRefOf('/api/v11/Service')).toEqual({ objectType: 'Service' });
    expect(entityRefOf('/api/v11/ServiceChannel/ServiceLocation/abc')).toEqual({
      objectType: 'ServiceChannel',
      channelType: 'ServiceLocation',
      id: 'abc',
    });
    expect(entityRefOf('/api/v11/Organization/sourceId/org-1?x=1')).toEqual({
      objectType: 'Organization',
      sourceId: 'org-1',
    });
    expect(entityRefOf('/api/v11/Connection')).toBeUndefined();
    expect(entityRefOf('/api/v11/Connection/serviceId/abc')).toBeUndefined();
    expect(entityRefOf('/api/v11/Service/list/organization')).toBeUndefined();
  });
  it('builds archive paths by id', () => {
    expect(archivePathFor({ objectType: 'Service', id: 'a' })).toBe('/api/v11/Service/a');
    expect(archivePathFor({ objectType: 'ServiceChannel', channelType: 'Phone', id: 'b' })).toBe(
      '/api/v11/ServiceChannel/Phone/b',
    );
    expect(archivePathFor({ objectType: 'Organization', id: 'c' })).toBe('/api/v11/Organization/c');
    expect(archivePathFor({ objectType: 'ServiceCollection', id: 'd' })).toBe('/api/v11/ServiceCollection/d');
    for (const x of [archivePathFor({ objectType: 'Service', id: 'a' })])
      expect(entityRefOf(x)?.id).toBe('a');
  });
});

describe('readLedger / liveEntities', () => {
  it('tolerates a torn last line and a missing file', () => {
    const p = join(dir, 'ledger.ndjson');
    expect(readLedger(p)).toEqual([]);
    writeFileSync(p, JSON.stringify(e('created', 'a')) + '\n' + JSON.stringify(e('created', 'b')) + '\n');
    appendFileSync(p, '{"event":"created","id":"c","obj');
    expect(readLedger(p).map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('keeps created-and-not-archived, last event wins', () => {
    const live = liveEntities([
      e('created', 'a'),
      e('created', 'b'),
      e('archived', 'a'),
      e('created', 'c'),
      e('archived', 'c'),
      e('restored', 'c'),
      e('archived', 'x'),
      e('created', 'same-id', 'Organization'),
    ]);
    expect(live.map((x) => `${x.objectType}:${x.id}`)).toEqual([
      'Service:b',
      'Service:c',
      'Organization:same-id',
    ]);
  });

  it('the writer fsyncs lines and sees archives other writers made', () => {
    const p = join(dir, 'ledger.ndjson');
    const w1 = createLedgerWriter({ path: p, runId: 'r1' });
    const w2 = createLedgerWriter({ path: p, runId: 'r1' });
    w1.append({ event: 'created', objectType: 'Service', id: 'A' });
    w2.append({ event: 'archived', objectType: 'Service', id: 'a' });
    expect(w1.isArchived('Service', 'A')).toBe(true);
    expect(readLedger(p)).toHaveLength(2);
    expect(createLedgerWriter({ runId: 'mem' }).isArchived('Service', 'A')).toBe(false);
  });
});
