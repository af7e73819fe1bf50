import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../core/ledgerEntry.js';
import { lastPutReceipts, v12CaseIds, writtenOf } from './v12Written.js';

const RUN = 'r1';
let n = 0;
function entry(p: Partial<LedgerEntry> & Pick<LedgerEntry, 'objectType' | 'id'>): LedgerEntry {
  n += 1;
  return { event: 'created', runId: RUN, at: new Date(Date.UTC(2026, 10, 27, 12, 0, n)).toISOString(), ...p };
}
const sid = (type: string, c: string, k: number) => `ptvr-${RUN}-${type}-${c.replace('-', '')}.${k}`;

const ledger: LedgerEntry[] = [
  entry({
    objectType: 'ServiceChannel',
    channelType: 'WebPage',
    id: 'w-1',
    caseId: 'CONN-03',
    sourceId: sid('webpage', 'CONN-03', 1),
  }),
  entry({ objectType: 'Service', id: 's-1', caseId: 'SRV-01', sourceId: sid('service', 'SRV-01', 1) }),
  entry({ objectType: 'Service', id: 's-2', caseId: 'CON-01', sourceId: sid('service', 'CON-01', 1) }),
  entry({
    objectType: 'ServiceChannel',
    channelType: 'EChannel',
    id: 'e-1',
    caseId: 'CON-01',
    sourceId: sid('echannel', 'CON-01', 1),
  }),
  entry({ objectType: 'ServiceCollection', id: 'col-1', caseId: 'SRV-09' }),
  entry({ objectType: 'Organization', id: 'o-1', caseId: 'ARC-01', sourceId: sid('org', 'ARC-01', 1) }),
  entry({ objectType: 'Organization', id: 'o-2', caseId: 'ARC-01', sourceId: sid('org', 'ARC-01', 2) }),
  entry({ event: 'archived', objectType: 'Organization', id: 'o-2', caseId: 'ARC-08' }),
];

describe('writtenOf', () => {
  it('lists what the run wrote in ledger order, without service collections, with diff roles', () => {
    const w = writtenOf(ledger, { organizationId: 'org-0' });
    expect(w.map((x) => [x.id, x.kind, x.v11Kind, x.role, x.archived])).toEqual([
      ['w-1', 'channel', 'webpage', 'CONN-03:channel', false],
      ['s-1', 'service', 'service', 'SRV-01:service', false],
      ['s-2', 'service', 'service', 'CON-01:service', false],
      ['e-1', 'channel', 'echannel', 'CON-01:channel', false],
      ['o-1', 'organization', 'organization', 'ARC-01:org.1', false],
      ['o-2', 'organization', 'organization', 'ARC-01:org.2', true],
    ]);
  });

  it("takes the last write from the ledger (archive) and from the evidence's PUTs by id or sourceId", () => {
    const puts = lastPutReceipts([
      {
        method: 'PUT',
        url: 'http://h/api/v11/Service/s-1',
        status: 200,
        startedAt: '2026-11-27T13:00:00.000Z',
        durationMs: 40,
      },
      // A later refused PUT is no write; a connection PUT changes the connection, not the service.
      {
        method: 'PUT',
        url: 'http://h/api/v11/Service/s-1',
        status: 400,
        startedAt: '2026-11-27T14:00:00.000Z',
        durationMs: 5,
      },
      {
        method: 'PUT',
        url: 'http://h/api/v11/Connection/serviceId/s-2',
        status: 200,
        startedAt: '2026-11-27T14:00:00.000Z',
        durationMs: 5,
      },
      {
        method: 'PUT',
        url: `http://h/api/v11/ServiceChannel/EChannel/sourceId/${sid('echannel', 'CON-01', 1)}`,
        status: 200,
        startedAt: '2026-11-27T13:30:00.000Z',
        durationMs: 10,
      },
    ]);
    const w = new Map(writtenOf(ledger, { puts }).map((x) => [x.id, x.lastWrite]));
    expect(w.get('s-1')).toBe(Date.parse('2026-11-27T13:00:00.040Z'));
    expect(w.get('e-1')).toBe(Date.parse('2026-11-27T13:30:00.010Z'));
    expect(w.get('s-2')).toBe(Date.parse(ledger[2]!.at));
    expect(w.get('o-2')).toBe(Date.parse(ledger[7]!.at));
  });
});

describe('v12CaseIds', () => {
  it('V12-<creating case> for a single entity, V12-<role> for several or a taken id, V12-ARC-nn when archived', () => {
    const ids = v12CaseIds(writtenOf(ledger));
    expect([...ids.values()]).toEqual([
      'V12-CONN-03:channel', // V12-CONN-03 is the "no x-api-key" case
      'V12-SRV-01',
      'V12-CON-01:service',
      'V12-CON-01:channel',
      'V12-ARC-01:org.1',
      'V12-ARC-01',
    ]);
    expect(new Set(ids.values()).size).toBe(ids.size);
  });
});
