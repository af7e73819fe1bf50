import { describe, expect, it } from 'vitest';
import { aCase, aRun } from '../../test/support/roundsModel.js';
import { viewsOf } from './renderViews.js';
import { validateReportModel } from './validateReportModel.js';

const model = aRun('20261127T100000Z-cte-bbbb', [aCase('SRV-01', 'T2', 'passed')], {
  previousRun: { id: '20261126T100000Z-cte-aaaa', dir: '../20261126T100000Z-cte-aaaa', status: 'failed' },
});

describe('the previous run of the same target (issue #19)', () => {
  it('is linked from the HTML cover and named in the Markdown, with its verdict', () => {
    const en = viewsOf(validateReportModel(model), 'en', { generator: 'test' });
    expect(en.html()).toContain(
      '<a href="../20261126T100000Z-cte-aaaa/report.html">20261126T100000Z-cte-aaaa</a> – NOT READY',
    );
    expect(en.md()).toContain('| Previous run (same target) | 20261126T100000Z-cte-aaaa – NOT READY');
    expect(viewsOf(model, 'fi', { generator: 'test' }).html()).toContain('Edellinen ajo (sama kohde)');
  });

  it('is absent for a first run, and report.json refuses a link out of the reports directory', () => {
    const { previousRun: _, ...first } = model;
    expect(viewsOf(first, 'en', { generator: 'test' }).html()).not.toContain('Previous run');
    const escaping = { ...model, previousRun: { ...model.previousRun!, dir: '../../etc' } };
    expect(() => validateReportModel(escaping)).toThrow(/previousRun/);
  });
});
