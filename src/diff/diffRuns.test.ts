import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../report/model.js';
import { withV12ReadBacks } from '../../test/support/v12ReadBackRun.js';
import { diffFails } from './diffModel.js';
import { diffRuns } from './diffRuns.js';

// Evidence plays no part in a diff: dropped here so the id rewriting below stays cheap.
const sample = {
  ...(JSON.parse(
    readFileSync(new URL('../../docs/sample-report/report.json', import.meta.url), 'utf8'),
  ) as ReportModel),
  evidence: [],
};

/** The sample as another run of the same fixtures: new GUIDs, new run id (roles must bridge both). */
function rerun(model: ReportModel): ReportModel {
  let text = JSON.stringify(model);
  const ids = new Set(model.material.map((m) => m.id));
  let n = 0;
  for (const id of ids)
    text = text.split(id).join(`00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`);
  text = text.split(model.run.id).join('20261128T090000Z-sim-c0de');
  return JSON.parse(text) as ReportModel;
}

const classes = (d: ReturnType<typeof diffRuns>) =>
  d.entities.flatMap((e) =>
    e.fields.filter((f) => f.class !== 'same').map((f) => `${e.role} ${f.key} ${f.class}`),
  );

describe('diffRuns', () => {
  it('a rerun with new ids and run tag is the same, field by field', () => {
    const d = diffRuns(sample, rerun(sample));
    expect(d.cases).toEqual([]);
    expect(d.summary.same).toBeGreaterThan(250);
    expect(diffFails(d, 'any')).toBe(false);
  });

  it('field differences of a role a lost case touched are explained by that case, not regressions', () => {
    // The candidate skipped SRV-05 (it removes a language from the service SRV-01 created): it never happened there.
    const b = rerun(sample);
    const srv05 = b.cases.find((c) => c.id === 'SRV-05')!;
    const before = sample.cases.find((c) => c.id === 'SRV-05')!;
    expect(before.readBacks.length).toBeGreaterThan(0);
    srv05.status = 'skipped';
    srv05.readBacks = [];
    // Its read-back was the service's last: the candidate's final state is an earlier read, changed.
    const d = diffRuns(sample, b);
    expect(d.cases.find((c) => c.id === 'SRV-05')?.class).toBe('coverageLost');
    const touched = d.entities.filter((e) => e.explainedBy?.includes('SRV-05'));
    expect(touched.length).toBeGreaterThan(0);
    expect(d.summary.explained).toBeGreaterThan(0);
    expect(d.summary.changed + d.summary.missing).toBe(0);
    expect(diffFails(d, 'regression')).toBe(false);
    expect(diffFails(d, 'coverage')).toBe(true);
    // The same difference without the lost case is a regression.
    const c = rerun(sample);
    const last = c.cases.find((x) => x.id === 'SRV-05')!;
    last.readBacks = [];
    const plain = diffRuns(sample, c);
    expect(plain.summary.changed + plain.summary.missing).toBeGreaterThan(0);
    expect(diffFails(plain, 'regression')).toBe(true);
  });

  it('classifies cases: regression, fixed, coverage lost, added failing, removed, findings changed', () => {
    const b = rerun(sample);
    const byId = (id: string) => b.cases.find((c) => c.id === id)!;
    byId('ARC-02').status = 'failed';
    byId('ARC-02').findings.push({
      path: 'PublishingStatus',
      message: 'x',
      rule: 'archive.stillReadable',
      severity: 'error',
    });
    byId('SRV-02').status = 'skipped';
    const removed = b.cases.findIndex((c) => c.id === 'PIT-01');
    b.cases.splice(removed, 1);
    b.cases.push({ ...byId('SRV-05'), id: 'NEW-01', status: 'failed', readBacks: [] });
    const a = structuredClone(sample);
    a.cases.find((c) => c.id === 'ORG-02')!.status = 'failed';
    const d = diffRuns(a, b);
    const cls = Object.fromEntries(d.cases.map((c) => [c.id, c.class]));
    expect(cls).toMatchObject({
      'ARC-02': 'regression',
      'ORG-02': 'fixed',
      'SRV-02': 'coverageLost',
      'NEW-01': 'addedFailing',
      'PIT-01': 'removed',
    });
    expect(d.cases.find((c) => c.id === 'ARC-02')!.findingsAdded).toEqual([
      { rule: 'archive.stillReadable', path: 'PublishingStatus', severity: 'error' },
    ]);
    expect(
      d.cases.filter((c) => c.regression).map((c) => c.id),
      JSON.stringify(classes(d)),
    ).toEqual(['ARC-02', 'NEW-01']);
    expect(d.summary.regressions).toBe(2);
    expect(diffFails(d, 'regression')).toBe(true);
  });

  it('fail-on: coverage lost fails only with coverage or any, a removed case only with any', () => {
    const b = rerun(sample);
    b.cases.find((c) => c.id === 'SRV-02')!.status = 'skipped';
    const d = diffRuns(sample, b);
    expect([diffFails(d, 'regression'), diffFails(d, 'coverage'), diffFails(d, 'any')]).toEqual([
      false,
      true,
      true,
    ]);
    const c = rerun(sample);
    c.cases.splice(
      c.cases.findIndex((x) => x.id === 'PIT-01'),
      1,
    );
    const e = diffRuns(sample, c);
    expect([diffFails(e, 'regression'), diffFails(e, 'coverage'), diffFails(e, 'any')]).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('a schema-1 baseline against a v12 read-back: only same, dropped and added (acceptance 7 on the sample)', () => {
    const d = diffRuns(sample, withV12ReadBacks(rerun(sample)));
    const found = new Set(d.entities.flatMap((e) => e.fields.map((f) => f.class)));
    expect([...found].sort()).toEqual(['dropped', 'same']);
    expect(d.summary.dropped).toBeGreaterThan(0);
    expect(
      d.entities
        .flatMap((e) => e.fields)
        .filter((f) => f.class === 'dropped')
        .every((f) => /accessibility\.(wcag|statement)|typeInfo|otherTypes/.test(f.key)),
    ).toBe(true);
    expect(d.cases.every((c) => c.class === 'added')).toBe(true);
    expect(diffFails(d, 'regression')).toBe(false);
  });

  it('a truncated Swedish summary in v12 is a changed field on exactly the roles that have one', () => {
    const d = diffRuns(sample, withV12ReadBacks(rerun(sample), { truncateSvSummary: true }));
    const changed = d.entities.flatMap((e) =>
      e.fields.filter((f) => f.class === 'changed').map((f) => `${e.role} ${f.key}`),
    );
    expect(changed.length).toBeGreaterThan(5);
    expect(changed.every((c) => /\.summary\.sv$/.test(c))).toBe(true);
    expect(d.entities.flatMap((e) => e.fields).some((f) => f.class === 'missing')).toBe(false);
    expect(d.cases.filter((c) => c.class === 'addedFailing')).toHaveLength(changed.length);
    expect(diffFails(d, 'regression')).toBe(true);
  });

  it('--read-source v11 ignores the v12 read-backs, v12 uses only them', () => {
    const b = withV12ReadBacks(rerun(sample), { truncateSvSummary: true });
    expect(diffRuns(sample, b, { readSource: 'v11' }).summary).toMatchObject({ changed: 0, dropped: 0 });
    const v12 = diffRuns(sample, b, { readSource: 'v12' });
    expect(v12.entities.every((e) => e.source.baseline === null && e.source.candidate === 'v12')).toBe(true);
  });

  it('different seeds: the field level is skipped with a note unless allowed', () => {
    const b = rerun(sample);
    b.run.seed = 7;
    const d = diffRuns(sample, b);
    expect(d.compatible).toMatchObject({ sameSeed: false, fieldLevel: false });
    expect(d.entities).toEqual([]);
    expect(d.compatible.notes[0]).toMatch(/different seeds/);
    expect(diffRuns(sample, b, { allowSeedMismatch: true }).entities.length).toBeGreaterThan(0);
  });
});
