import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateReportModel } from '../report/validateReportModel.js';
import { buildDrivenModel, DAILY_SYNC_MS } from './buildDrivenModel.js';
import { scenarioSteps } from './scenarioSteps.js';
import { foldJournal, type JournalLine, type JournalResult } from './stepJournal.js';

const steps = scenarioSteps();
const start: JournalLine = {
  type: 'start',
  runId: '20261127T183000Z-sim-ab12',
  marker: '20261127T183000Z-sim-ab12',
  seed: 1,
  referenceDate: '2026-11-27T00:00:00Z',
  startedAt: '2026-11-27T18:30:00.000Z',
  target: 'sim',
  organizationId: 'org-1',
  driver: 'command',
};
const changed = '2026-11-27T18:31:00.000Z';
const visibleAfter = (ms: number) => new Date(Date.parse(changed) + ms).toISOString();
function passed(key: string, latencyMs = 1000, extra: Partial<JournalResult> = {}): JournalLine[] {
  return [
    { type: 'change', step: key, record: 'r', at: changed },
    {
      type: 'result',
      step: key,
      status: 'passed',
      final: true,
      ptvId: `id-${key}`,
      changedAt: changed,
      visibleAt: visibleAfter(latencyMs),
      latencyMs,
      compare: {
        readBacks: [
          { endpoint: 'GET x', fields: [{ path: 'names (serviceNames)', sent: 1, read: 1, ok: true }] },
        ],
        findings: [],
      },
      findings: [],
      evidenceIds: [],
      durationMs: 5,
      ...extra,
    },
  ];
}
function model(lines: JournalLine[], extra: { errors?: { code: string; message: string }[] } = {}) {
  return buildDrivenModel({
    runDir: mkdtempSync(join(tmpdir(), 'ptvr-dm-')),
    state: foldJournal([start, ...lines]),
    steps,
    target: { name: 'sim', apiUrl: 'http://127.0.0.1:1', tokenUrl: 'http://127.0.0.1:1/t', simulated: true },
    ruleProfile: 'live2026',
    organization: {},
    tester: {},
    evidence: { entries: [], total: 0 },
    errors: extra.errors ?? [],
    interrupted: false,
    finishedAt: new Date('2026-11-27T18:40:00Z'),
  });
}

describe('buildDrivenModel', () => {
  it('every step visible within a day and every field equal: READY, a valid report model', () => {
    const m = model(steps.flatMap((s) => passed(s.key)));
    expect(m.status).toBe('passed');
    expect(m.actor).toBe('driven');
    expect(m.items!.filter((i) => i.status !== 'passed').map((i) => i.id)).toEqual(['PIT']);
    expect(m.syncLatency!.rows).toHaveLength(23);
    expect(() => validateReportModel(m)).not.toThrow();
  });

  it('a change that took more than a day fails its item against the DVV yardstick', () => {
    const lines = steps.flatMap((s) =>
      passed(s.key, s.key === 'T6.delete.service' ? DAILY_SYNC_MS + 60_000 : 1000),
    );
    const m = model(lines);
    expect(m.items!.find((i) => i.id === 'T6')!.status).toBe('failed');
    expect(m.cases.find((c) => c.id === 'DRV-T6-01')!.findings[0]!.rule).toBe('driven.dailySync');
    expect(m.syncLatency!.rows.find((r) => r.step === 'T6.delete.service')!.withinYardstick).toBe(false);
    expect(m.status).toBe('failed');
  });

  it('steps not handled or never run leave their items not demonstrated, never READY', () => {
    const lines = steps
      .filter((s) => s.item !== 'T3')
      .flatMap((s) => passed(s.key))
      .concat(
        steps
          .filter((s) => s.item === 'T3')
          .map((s) => ({
            type: 'result' as const,
            step: s.key,
            status: 'skipped' as const,
            final: true,
            findings: [],
            evidenceIds: [],
            reason: 'not demonstrated (the adapter does not handle x)',
            durationMs: 0,
          })),
      );
    const m = model(lines);
    expect(m.items!.find((i) => i.id === 'T3')).toMatchObject({ status: 'not-demonstrated' });
    expect(m.items!.find((i) => i.id === 'T3')!.notes!.join(' ')).toMatch(/does not handle/);
    expect(m.status).toBe('partial');
    expect(m.coverage!.notRun).toEqual(['T3']);
  });

  it('an adapter error makes the run an error, and its steps are reported as they ended', () => {
    const m = model(passed('T1.create'), {
      errors: [{ code: 'PTVR_ADAPTER_FAILED', message: 'update organization exited 1' }],
    });
    expect(m.status).toBe('error');
    expect(m.cases.find((c) => c.id === 'DRV-T2-01')).toMatchObject({
      status: 'skipped',
      skipReason: expect.stringMatching(/stopped/),
    });
  });
});
