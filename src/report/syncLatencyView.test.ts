import { describe, expect, it } from 'vitest';
import type { ReportModel } from './model.js';
import { syncLatencyView } from './syncLatencyView.js';

const row = (step: string, item: 'T1' | 'T6', latencyMs?: number) => ({
  caseId: 'DRV-x',
  step,
  item,
  operation: 'create' as const,
  kind: 'service',
  changedAt: '2026-11-27T18:31:00.000Z',
  ...(latencyMs !== undefined && { latencyMs, visibleAt: '2026-11-27T18:32:00.000Z' }),
  state: latencyMs === undefined ? ('not-visible' as const) : ('visible' as const),
  withinYardstick: latencyMs !== undefined && latencyMs <= 86_400_000,
});

describe('syncLatencyView', () => {
  it('no table for runs without one', () => {
    expect(syncLatencyView({} as ReportModel, 'en')).toBe(false);
  });

  it('per item the longest latency and its verdict; per step the state, in fi and en', () => {
    const model = {
      syncLatency: {
        yardstickMs: 86_400_000,
        rows: [row('T1.create', 'T1', 1500), row('T1.update', 'T1', 26 * 3_600_000), row('T6.delete', 'T6')],
      },
    } as unknown as ReportModel;
    const en = syncLatencyView(model, 'en');
    if (!en) throw new Error('expected a view');
    expect(en.note).toMatch(/at least once a day \(24\.0 h\)/);
    expect(en.items).toEqual([
      { item: 'T1', count: 2, longest: '26.0 h', verdict: 'over a day', cls: 'failed' },
      { item: 'T6', count: 1, longest: '–', verdict: 'not visible within the sync timeout', cls: 'failed' },
    ]);
    expect(en.rows[0]).toMatchObject({
      latency: '1.50 s',
      state: 'visible in PTV, within the requirement',
      cls: 'passed',
    });
    const fi = syncLatencyView(model, 'fi');
    expect(fi && fi.l.title).toBe('Synkronoinnin viive');
  });
});
