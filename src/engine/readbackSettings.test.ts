import { describe, expect, it } from 'vitest';
import { sampleModel } from '../../test/support/sampleModel.js';
import { readbackSettings } from './readbackSettings.js';
import type { RunInfo } from './runInfo.js';

const target = {
  apiUrl: 'http://127.0.0.1:9/api',
  tokenUrl: 'http://127.0.0.1:9/api/auth/api-login',
  v12ApiUrl: 'http://127.0.0.1:9',
};
const base: RunInfo & { v12: NonNullable<RunInfo['v12']> } = {
  runId: '20261127T200000Z-sim-0001',
  createdAt: '2026-11-27T20:00:00.000Z',
  toolVersion: '0.1.0',
  target: 'sim',
  apiUrl: 'http://127.0.0.1:1/api',
  tokenUrl: 'http://127.0.0.1:1/api/auth/api-login',
  authShape: 'cte',
  readApis: ['v11', 'v12'],
  v12: { defer: true, waitMs: 30_000, pollMs: 1_000, pending: true },
};

describe('readbackSettings', () => {
  it("takes the run's own seed, reference date and rule profile from run.json", () => {
    const model = sampleModel();
    const s = readbackSettings(
      '/r',
      { ...base, seed: 7, referenceDate: '2026-03-01T00:00:00.000Z', ruleProfile: 'ptv34' },
      model,
      target,
      {},
    );
    expect(s).toMatchObject({ seed: 7, referenceDate: '2026-03-01T00:00:00.000Z', ruleProfile: 'ptv34' });
    expect(s).toMatchObject({ suites: ['v12'], apiUrl: target.apiUrl, v12ApiUrl: target.v12ApiUrl });
    expect(s.v12).toEqual({ waitMs: 30_000, pollMs: 1_000, defer: false });
  });

  it("an older run.json without them: the run's report.json, not the defaults", () => {
    const model = sampleModel();
    model.run = { ...model.run, seed: 42, referenceDate: '2026-02-02T00:00:00.000Z', ruleProfile: 'ptv34' };
    const s = readbackSettings('/r', base, model, target, { waitMs: 5_000 });
    expect(s).toMatchObject({ seed: 42, referenceDate: '2026-02-02T00:00:00.000Z', ruleProfile: 'ptv34' });
    expect(s.v12).toEqual({ waitMs: 5_000, pollMs: 1_000, defer: false });
  });
});
