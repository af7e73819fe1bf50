import { describe, expect, it } from 'vitest';
import type { EvidenceEntry } from '../core/evidenceEntry.js';
import type { CaseResult } from '../report/model.js';
import { observedPerStep } from './observedPerStep.js';

const entry = (id: string, startedAt: string, url: string): EvidenceEntry => ({
  id,
  attempt: 1,
  requestId: id,
  method: 'POST',
  url,
  status: 200,
  startedAt,
  durationMs: 5,
  requestHeaders: {},
});

const judged = (id: string, evidenceIds: string[], error?: string): CaseResult => ({
  id,
  dvvItem: 'T2',
  title: id,
  status: error ? 'failed' : 'passed',
  durationMs: 0,
  attempts: 1,
  findings: [
    ...(error
      ? [{ path: 'serviceNames', message: error, rule: 'maxLength', severity: 'error' as const }]
      : []),
    { path: 'x', message: 'noted', rule: 'note', severity: 'info' as const },
  ],
  evidenceIds,
  entityIds: [],
  ptvMessages: [],
  readBacks: [],
  file: 'observed.ndjson',
});

describe('observedPerStep: the integration requests made during each step', () => {
  const evidence = [
    entry('E000001', '2026-11-27T10:00:01.000Z', 'http://x/api/v11/Service'),
    entry('E000002', '2026-11-27T10:00:01.100Z', 'http://x/api/v11/Service/1'),
    entry('E000003', '2026-11-27T10:00:09.000Z', 'http://x/api/v11/ServiceChannel/Phone'),
    entry('E000004', '2026-11-27T10:05:00.000Z', 'http://x/api/v11/Service'),
  ];
  const cases = [
    judged('OBS-0001', ['E000001', 'E000002'], 'name too long'),
    judged('OBS-0002', ['E000003']),
    judged('OBS-0003', ['E000004']),
  ];
  const windows = [
    { caseId: 'DRV-T2-01', from: '2026-11-27T10:00:00.000Z', to: '2026-11-27T10:00:05.000Z' },
    { caseId: 'DRV-T3-02', from: '2026-11-27T10:00:08.000Z', to: '2026-11-27T10:00:10.000Z' },
  ];

  it('puts each judged exchange, its evidence (prefixed ids) and its findings under the step it fell in', () => {
    const by = observedPerStep({ evidence, cases }, windows);
    expect(by.get('DRV-T2-01')!.evidence.map((e) => [e.id, e.caseId])).toEqual([
      ['OE000001', 'DRV-T2-01'],
      ['OE000002', 'DRV-T2-01'],
    ]);
    expect(by.get('DRV-T2-01')!.findings).toEqual([
      {
        path: 'OBS-0001 serviceNames',
        message: 'name too long',
        rule: 'observed.maxLength',
        severity: 'error',
      },
    ]);
    expect(by.get('DRV-T3-02')!.evidence.map((e) => e.id)).toEqual(['OE000003']);
    expect(by.get('DRV-T3-02')!.findings).toEqual([]);
  });

  it('leaves a request outside every window (a scheduled round between steps) to the run summary', () => {
    const by = observedPerStep({ evidence, cases }, windows);
    const all = [...by.values()].flatMap((o) => o.evidence.map((e) => e.id));
    expect(all).not.toContain('OE000004');
    expect(observedPerStep({ evidence, cases }, []).size).toBe(0);
  });
});
