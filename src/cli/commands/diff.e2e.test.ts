/**
 * `ptv-readiness diff`, black-box (v12-migration.md §6 items 4–7): the built CLI (`npm run build`
 * first) runs the suites on the embedded simulator, then compares run directories. Acceptance 4, 5
 * and 7 need a v12 read-back: until `run --read-api v12` exists, the candidate is a real run whose
 * report.json test/support/v12ReadBackRun.ts extends with what a v12 read-back records. Switch those
 * three to real `run --read-api v12 [--defect v12-truncate-sv-summary]` runs once the flag exists.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiffResult } from '../../diff/diffModel.js';
import type { ReportModel } from '../../report/model.js';
import { readModel, runCli, tempDir } from '../../../test/cliHarness.js';
import { withV12ReadBacks } from '../../../test/support/v12ReadBackRun.js';

const out = tempDir('diff');
const SAMPLE = resolve(import.meta.dirname, '..', '..', '..', 'docs', 'sample-report');
let clean = '';
let archiveIgnored = '';
let cleanDefaultSeed = '';

async function run(name: string, args: string[], expected: number): Promise<string> {
  const reports = join(out, name);
  const res = await runCli(['run', '--out', reports, '--formats', 'md', ...args]);
  expect(res.code, res.stderr).toBe(expected);
  const dirs = readdirSync(reports, { withFileTypes: true }).filter((d) => d.isDirectory());
  expect(dirs).toHaveLength(1);
  return join(reports, dirs[0]!.name);
}

/** A copy of a run directory whose report.json also holds v12 read-backs (see the file comment). */
function asV12Run(runDir: string, name: string, opts: { truncateSvSummary?: boolean } = {}): string {
  const dir = join(out, name, readModel(runDir).run.id);
  mkdirSync(dir, { recursive: true });
  cpSync(join(runDir, 'run.json'), join(dir, 'run.json'));
  writeFileSync(join(dir, 'report.json'), JSON.stringify(withV12ReadBacks(readModel(runDir), opts)));
  return dir;
}

async function diff(args: string[]): Promise<{ code: number | null; json: DiffResult; stderr: string }> {
  const res = await runCli(['diff', ...args, '--json']);
  return { code: res.code, json: JSON.parse(res.stdout || 'null') as DiffResult, stderr: res.stderr };
}

const fieldsOf = (d: DiffResult, cls: string) =>
  d.entities.flatMap((e) => e.fields.filter((f) => f.class === cls).map((f) => `${e.role} ${f.key}`));

/** Roles whose last read-back of their own entity holds a non-empty Swedish summary (computed from the raw report). */
function rolesWithSvSummary(model: ReportModel): number {
  const last = new Map<string, boolean>();
  for (const c of model.cases) {
    for (const rb of c.readBacks) {
      if (!rb.entityId || rb.endpoint.includes('[]') || rb.endpoint.includes('/api/v12/')) continue;
      const texts = rb.fields.find((f) => /Descriptions$/.test(f.path))?.read;
      if (texts === undefined) continue;
      const sv = (texts as { type: string; language: string; value: string }[]).some(
        (d) => d.type === 'Summary' && d.language === 'sv' && d.value.trim() !== '',
      );
      last.set(rb.entityId, sv);
    }
  }
  return [...last.values()].filter(Boolean).length;
}

beforeAll(async () => {
  clean = await run('clean', ['--seed', '7'], 0);
  archiveIgnored = await run('arc', ['--seed', '7', '--defect', 'archive-ignored'], 1);
  cleanDefaultSeed = await run('default', [], 0);
}, 600_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('diff', () => {
  it('case level (acceptance 6): archive-ignored makes ARC-02, -03, -05, -08 regressions, exit 1, files outside both runs', async () => {
    const res = await runCli(['diff', clean, archiveIgnored, '--format', 'md,html']);
    expect(res.code, res.stderr).toBe(1);
    expect(res.stdout).toMatch(/regression\s+ARC-02 \(T6\) passed → failed/);
    const outDir = join(out, 'arc', `diff-${readModel(clean).run.id}-vs-${readModel(archiveIgnored).run.id}`);
    const json = JSON.parse(readFileSync(join(outDir, 'diff.json'), 'utf8')) as DiffResult;
    const regressions = json.cases.filter((c) => c.class === 'regression').map((c) => c.id);
    expect(regressions).toEqual(expect.arrayContaining(['ARC-02', 'ARC-03', 'ARC-05', 'ARC-08']));
    expect(json.cases.find((c) => c.id === 'ARC-02')!.findingsAdded).toContainEqual(
      expect.objectContaining({ rule: 'archive.stillReadable', path: 'PublishingStatus' }),
    );
    expect(readFileSync(join(outDir, 'diff.md'), 'utf8')).toContain(
      '| ARC-02 | T6 | passed | failed | **regression** |',
    );
    expect(readFileSync(join(outDir, 'diff.html'), 'utf8')).toContain('<td>ARC-02</td>');
    // The run directories still match their manifests: nothing was written into them.
    for (const dir of [clean, archiveIgnored]) expect((await runCli(['verify', dir])).code).toBe(0);
  });

  it('the same run against itself: exit 0, nothing but same fields', async () => {
    const { code, json } = await diff([clean, clean, '--out', join(out, 'self')]);
    expect(code).toBe(0);
    expect(json.cases).toEqual([]);
    expect(json.summary).toMatchObject({ regressions: 0, changed: 0, missing: 0, added: 0 });
    expect(json.summary.same).toBeGreaterThan(200);
  });

  it('a truncated Swedish summary on the v12 side (acceptance 4): exit 1, exactly the .summary.sv keys of the N roles that have one', async () => {
    const candidate = asV12Run(clean, 'v12-cut', { truncateSvSummary: true });
    const { code, json } = await diff([clean, candidate, '--out', join(out, 'd4')]);
    expect(code).toBe(1);
    const changed = fieldsOf(json, 'changed');
    expect(changed.every((k) => /\.summary\.sv$/.test(k))).toBe(true);
    const n = rolesWithSvSummary(readModel(clean));
    expect(n).toBeGreaterThan(5);
    expect(changed).toHaveLength(n);
    expect(fieldsOf(json, 'missing')).toEqual([]);
    const failingV12 = json.cases.filter((c) => c.id.startsWith('V12-') && c.class === 'addedFailing');
    expect(failingV12).toHaveLength(n);
  });

  it('a clean cross-version diff (acceptance 5): exit 0, only same, dropped, added and transform', async () => {
    const { code, json } = await diff([clean, asV12Run(clean, 'v12-clean'), '--out', join(out, 'd5')]);
    expect(code).toBe(0);
    const classes = new Set(json.entities.flatMap((e) => e.fields.map((f) => f.class)));
    expect([...classes].every((c) => ['same', 'dropped', 'added', 'transform'].includes(c))).toBe(true);
    // The fixtures send WCAG levels, which v12 cannot carry.
    expect(fieldsOf(json, 'dropped').some((k) => /channel\.accessibility\.wcag\.fi$/.test(k))).toBe(true);
  });

  it('an old schema-1 baseline (acceptance 7): docs/sample-report against a v12 read-back of a default-seed run', async () => {
    const { json, stderr } = await diff([
      SAMPLE,
      asV12Run(cleanDefaultSeed, 'v12-default'),
      '--out',
      join(out, 'd7'),
    ]);
    expect(json, stderr).not.toBeNull();
    expect(json.compatible.fieldLevel).toBe(true);
    expect(json.summary.same).toBeGreaterThan(200);
    const notInfo = json.entities.flatMap((e) =>
      e.fields.filter((f) => !['same', 'dropped', 'added', 'transform'].includes(f.class)).map((f) => f.key),
    );
    // The sample predates fixtures/connection.ts salting connection contacts and hours by channel type
    // instead of the channel's GUID, so those two fields differed from run to run then. Once the
    // sample is regenerated, `notInfo` is empty and exit is 0: tighten this then.
    expect(
      notInfo.every((k) => /^connection\[.*\]\.(contactPhones\.fi|serviceHours)$/.test(k)),
      notInfo.join(', '),
    ).toBe(true);
  });

  it('two runs with the same seed compare equal, connections included (fixture content depends on seed and case only)', async () => {
    const again = await run('default2', [], 0);
    const { code, json } = await diff([cleanDefaultSeed, again, '--out', join(out, 'twice')]);
    expect(code).toBe(0);
    expect(json.summary).toMatchObject({ regressions: 0, changed: 0, missing: 0 });
    expect(json.entities.some((e) => e.role.startsWith('connection['))).toBe(true);
  });

  it('different seeds: the field level is skipped with a note, --allow-seed-mismatch forces it', async () => {
    const { json } = await diff([clean, cleanDefaultSeed, '--out', join(out, 'seeds')]);
    expect(json.compatible.fieldLevel).toBe(false);
    expect(json.entities).toEqual([]);
    expect(json.compatible.notes.join(' ')).toMatch(/different seeds/);
    const forced = await diff([
      clean,
      cleanDefaultSeed,
      '--allow-seed-mismatch',
      '--out',
      join(out, 'seeds2'),
    ]);
    expect(forced.json.compatible.fieldLevel).toBe(true);
    expect(forced.json.entities.length).toBeGreaterThan(0);
  });

  it('an unreadable run: exit 2, PTVR_DIFF_INCOMPATIBLE with a hint, no stack trace; --out inside a run: PTVR_USAGE', async () => {
    const broken = join(out, 'broken');
    mkdirSync(broken, { recursive: true });
    writeFileSync(join(broken, 'report.json'), '{"schemaVersion": 1');
    const res = await runCli(['diff', clean, broken]);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^PTVR_DIFF_INCOMPATIBLE: The candidate run cannot be compared/m);
    expect(res.stderr).toContain('hint: ');
    expect(res.stderr).not.toMatch(/\n\s+at /);
    const inside = await runCli(['diff', clean, clean, '--out', join(clean, 'd')]);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toMatch(/^PTVR_USAGE: /m);
    expect(existsSync(join(clean, 'd'))).toBe(false);
  });
});
