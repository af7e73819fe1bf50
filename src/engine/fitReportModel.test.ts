import { describe, expect, it } from 'vitest';
import { sampleModel } from '../../test/support/sampleModel.js';
import { validateReportModel } from '../report/validateReportModel.js';
import { fitReportModel, reportJsonBytes } from './fitReportModel.js';

describe('fitReportModel', () => {
  it('keeps a model under budget as it is', () => {
    const m = sampleModel();
    expect(fitReportModel(m)).toEqual(m);
  });

  it(
    'shrinks evidence bodies first, then drops evidence entries, keeping every case',
    { timeout: 60_000 },
    () => {
      const m = sampleModel();
      const body = 'y'.repeat(30 * 1024);
      const evidence = Array.from({ length: 100 }, (_, i) => ({
        ...m.evidence[0]!,
        id: `E-${i}`,
        responseBody: body,
      }));
      const big = { ...m, evidence, evidenceTotal: evidence.length };
      const budget = 1024 * 1024;
      const fitted = fitReportModel(big, budget);
      expect(reportJsonBytes(fitted)).toBeLessThanOrEqual(budget);
      expect(fitted.evidence).toHaveLength(100);
      expect(fitted.evidence[0]!.truncated).toBe(true);
      expect(fitted.cases).toEqual(m.cases);
      validateReportModel(fitted);

      const tiny = fitReportModel(big, reportJsonBytes({ ...m, evidence: [] }) + 10_000);
      expect(tiny.evidence.length).toBeLessThan(100);
      expect(tiny.evidenceTotal).toBe(100);
    },
  );
});
