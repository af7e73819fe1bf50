import { mkdtempSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../core/ledgerEntry.js';
import { appendIntent, readIntents, sourceIdPathFor, unresolvedIntents } from './createIntents.js';

const at = '2026-01-01T00:00:00.000Z';

describe('createIntents', () => {
  it('reports intents neither resolved nor in the ledger, tolerating a torn last line', () => {
    const p = join(mkdtempSync(join(tmpdir(), 'ptvr-intents-')), 'intents.ndjson');
    appendIntent(p, { event: 'intent', runId: 'r', objectType: 'Service', sourceId: 'a', at });
    appendIntent(p, { event: 'intent', runId: 'r', objectType: 'Service', sourceId: 'b', at });
    appendIntent(p, { event: 'resolved', runId: 'r', objectType: 'Service', sourceId: 'b', at });
    appendIntent(p, {
      event: 'intent',
      runId: 'r',
      objectType: 'ServiceChannel',
      channelType: 'Phone',
      sourceId: 'c',
      at,
    });
    appendIntent(p, { event: 'intent', runId: 'r', objectType: 'Organization', sourceId: 'd', at });
    appendFileSync(p, '{"event":"intent","runId":"r","objectType":"Serv');
    const ledger: LedgerEntry[] = [
      { event: 'created', runId: 'r', objectType: 'ServiceChannel', id: 'x', sourceId: 'c', at },
    ];
    expect(unresolvedIntents(readIntents(p), ledger).map((i) => i.sourceId)).toEqual(['a', 'd']);
  });

  it('builds the by-sourceId PUT path per object type', () => {
    expect(sourceIdPathFor({ objectType: 'Service', sourceId: 'a b' })).toBe(
      '/api/v11/Service/sourceId/a%20b',
    );
    expect(sourceIdPathFor({ objectType: 'ServiceChannel', channelType: 'EChannel', sourceId: 'e' })).toBe(
      '/api/v11/ServiceChannel/EChannel/sourceId/e',
    );
    expect(sourceIdPathFor({ objectType: 'Organization', sourceId: 'o' })).toBe(
      '/api/v11/Organization/sourceId/o',
    );
  });
});
