/**
 * The suites can fail: each deliberate simulator defect must make the matching cases fail with a
 * finding that names the field. Spawns the built CLI (`npm run build` first) against the embedded
 * simulator and reads report.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { CaseResult, ReportModel } from '#ptvr';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'dist/src/bin.js');
const dir = mkdtempSync(join(tmpdir(), 'ptvr-defects-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let runs = 0;
function run(args: string[]): { code: number | null; report: ReportModel; out: string } {
  // Numbered and cut: twelve no-normalise defects make a name longer than a file name may be.
  const out = join(
    dir,
    `r${++runs}-${args
      .join('-')
      .replace(/[^a-z0-9-]/gi, '')
      .slice(0, 100)}`,
  );
  const res = spawnSync(process.execPath, [bin, 'run', '--out', out, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
    timeout: 240_000,
  });
  const runDir = readdirSync(out)[0];
  if (!runDir) throw new Error(`no run directory: ${res.stdout}\n${res.stderr}`);
  const report = JSON.parse(readFileSync(join(out, runDir, 'report.json'), 'utf8')) as ReportModel;
  return { code: res.status, report, out: res.stdout + res.stderr };
}

function caseOf(r: ReportModel, id: string): CaseResult {
  const c = r.cases.find((x) => x.id === id);
  if (!c) throw new Error(`case ${id} is not in the report`);
  return c;
}

/** The case failed, with an error finding on `path` (and `rule` when given). */
function expectFailedOn(r: ReportModel, id: string, path: string, rule?: string): void {
  const c = caseOf(r, id);
  expect(c.status, `${id}: ${JSON.stringify(c.findings)}`).toBe('failed');
  expect(c.findings).toContainEqual(
    expect.objectContaining({ path, severity: 'error', ...(rule !== undefined && { rule }) }),
  );
}

describe('the suites catch a simulator defect', () => {
  it('without defects the same suites pass (baseline for the comparisons below)', () => {
    const { code, report } = run(['--suites', 't2,t4', '--seed', '11']);
    expect(report.cases.filter((c) => c.status !== 'passed').map((c) => c.id)).toEqual([]);
    expect(code).toBe(0);
  });

  it('ignore-field-change: the description change fails its read-back, naming the list', () => {
    const { code, report } = run(['--suites', 't1,t2,t3', '--defect', 'ignore-field-change']);
    expect(code).toBe(1);
    expectFailedOn(report, 'SRV-03', 'ServiceDescriptions', 'readback.mismatch');
    expectFailedOn(report, 'ORG-03', 'OrganizationDescriptions', 'readback.mismatch');
    expectFailedOn(report, 'CH-EC-03', 'ServiceChannelDescriptions', 'readback.mismatch');
    // The finding carries what was sent and what came back.
    const f = caseOf(report, 'SRV-03').findings.find((x) => x.path === 'ServiceDescriptions')!;
    expect(f.expected).not.toEqual(f.actual);
    // Creating is unaffected.
    expect(caseOf(report, 'SRV-01').status).toBe('passed');
  });

  it('drop-connection: the connection read-back fails on the service and on the channel', () => {
    const { code, report } = run(['--suites', 't4', '--defect', 'drop-connection']);
    expect(code).toBe(1);
    expectFailedOn(report, 'CON-03', 'ServiceChannels', 'readback.mismatch');
    expect(caseOf(report, 'CON-01').status).toBe('passed');
  });

  it('archive-ignored: archived items still read back, so the T6 cases fail on PublishingStatus', () => {
    const { code, report } = run(['--suites', 't6', '--defect', 'archive-ignored']);
    expect(code).toBe(1);
    expectFailedOn(report, 'ARC-02', 'PublishingStatus', 'archive.stillReadable');
    expectFailedOn(report, 'ARC-03', 'PublishingStatus', 'archive.stillReadable');
    expectFailedOn(report, 'ARC-05', 'PublishingStatus', 'archive.stillReadable');
  });

  // One run with every no-normalise defect (a run per defect costs a full T5 each); each T5
  // normalisation case names its own field, so each defect is still caught on its own.
  it('no-normalise-*: each silent normalisation PTV makes is expected by T5, so its absence fails', () => {
    const { code, report } = run([
      '--suites',
      't5',
      '--defect',
      'no-normalise-organization-name-100',
      '--defect',
      'no-normalise-voucher-without-url',
      '--defect',
      'no-normalise-area-type-clears-areas',
      '--defect',
      'no-normalise-service-class-uri-v2',
      '--defect',
      'no-normalise-target-group-parents',
      '--defect',
      'no-normalise-coordinates-as-numbers',
      '--defect',
      'no-normalise-municipality-area-type-nationwide',
      '--defect',
      'no-normalise-municipality-clears-areas',
      '--defect',
      'no-normalise-organization-type-clears-municipality',
      '--defect',
      'no-normalise-service-number-drops-prefix',
      '--defect',
      'no-normalise-phone-charge-type-chargeable',
      '--defect',
      'no-normalise-address-country-fi',
      '--defect',
      'no-normalise-post-office-box-no-country',
      '--defect',
      'no-normalise-location-oid-not-stored',
    ]);
    expect(code).toBe(1);
    const byTitle = (name: string) => {
      const c = report.cases.find(
        (x) => x.title === `normalisation ${name}: accepted and stored changed, not refused`,
      );
      if (!c) throw new Error(`no T5 case for ${name}`);
      return c.id;
    };
    expectFailedOn(report, byTitle('organization-name-100'), 'OrganizationNames', 'normalisation.notApplied');
    expectFailedOn(report, byTitle('voucher-without-url'), 'ServiceVouchers', 'normalisation.notApplied');
    expectFailedOn(report, byTitle('area-type-clears-areas'), 'Areas', 'normalisation.notApplied');
    expectFailedOn(report, byTitle('service-class-uri-v2'), 'ServiceClasses', 'normalisation.notApplied');
    expectFailedOn(report, byTitle('target-group-parents'), 'TargetGroups', 'normalisation.notApplied');
    expectFailedOn(report, byTitle('coordinates-as-numbers'), 'Addresses', 'normalisation.notApplied');
    expectFailedOn(
      report,
      byTitle('municipality-area-type-nationwide'),
      'AreaType',
      'normalisation.notApplied',
    );
    expectFailedOn(report, byTitle('municipality-clears-areas'), 'Areas', 'normalisation.notApplied');
    expectFailedOn(
      report,
      byTitle('organization-type-clears-municipality'),
      'Municipality',
      'normalisation.notApplied',
    );
    expectFailedOn(
      report,
      byTitle('service-number-drops-prefix'),
      'PhoneNumbers',
      'normalisation.notApplied',
    );
    expectFailedOn(
      report,
      byTitle('phone-charge-type-chargeable'),
      'PhoneNumbers',
      'normalisation.notApplied',
    );
    expectFailedOn(report, byTitle('address-country-fi'), 'Addresses', 'normalisation.notApplied');
    expectFailedOn(report, byTitle('post-office-box-no-country'), 'Addresses', 'normalisation.notApplied');
    expectFailedOn(report, byTitle('location-oid-not-stored'), 'Oid', 'normalisation.notApplied');
    // Only the normalisation cases fail: the field cases do not depend on them.
    expect(report.cases.filter((c) => c.status === 'failed')).toHaveLength(14);
  });

  it('truncate-long-names: over-long names are accepted, so the T5 name limits fail naming the field', () => {
    const { code, report } = run(['--suites', 't5', '--defect', 'truncate-long-names']);
    expect(code).toBe(1);
    const failedNameCases = report.cases.filter(
      (c) =>
        c.status === 'failed' &&
        /ServiceNames|ServiceChannelNames|OrganizationNames/.test(c.title) &&
        c.findings.some((f) => /Names/.test(f.path) && f.rule === 'field.notRefused'),
    );
    expect(failedNameCases.map((c) => c.title).join('\n')).toMatch(/service: ServiceNames/);
    expect(failedNameCases.length).toBeGreaterThanOrEqual(3);
    // Fields other than names are still refused.
    const summary = report.cases.find((c) => /service: ServiceDescriptions.*Summary.*max 150/.test(c.title));
    expect(summary?.status).toBe('passed');
  });
});
