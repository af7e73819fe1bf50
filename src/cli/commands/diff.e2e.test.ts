/**
 * `ptv-readiness diff`, black-box (v12-migration.md §6 items 4–7): the built CLI (`npm run build`
 * first) runs the suites on the embedded simulator — v11 only, and with the V12 read-back
 * (`--read-api v12`, clean and with the `v12-truncate-sv-summary` defect) — then compares the run
 * directories. Five real runs, started side by side in beforeAll.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiffResult } from '../../diff/diffModel.js';
import { runRoles } from '../../diff/runRoles.js';
import type { LedgerEntry } from '../../core/ledgerEntry.js';
import type { ReportModel } from '../../report/model.js';
import { readModel, runCli, tempDir } from '../../../test/cliHarness.js';

const out = tempDir('diff');
const SAMPLE = resolve(import.meta.dirname, '..', '..', '..', 'docs', 'sample-report');
const INFO = ['same', 'dropped', 'added', 'transform'];
let clean = '';
let archiveIgnored = '';
let v12Clean = '';
let v12Cut = '';
let v12Default = '';

async function run(name: string, args: string[], expected: number): Promise<string> {
  const reports = join(out, name);
  const res = await runCli(['run', '--out', reports, '--formats', 'md', ...args]);
  expect(res.code, res.stderr).toBe(expected);
  const dirs = readdirSync(reports, { withFileTypes: true }).filter((d) => d.isDirectory());
  expect(dirs).toHaveLength(1);
  return join(reports, dirs[0]!.name);
}

async function diff(args: string[]): Promise<{ code: number | null; json: DiffResult; stderr: string }> {
  const res = await runCli(['diff', ...args, '--json']);
  return { code: res.code, json: JSON.parse(res.stdout || 'null') as DiffResult, stderr: res.stderr };
}

const fieldsOf = (d: DiffResult, cls: string) =>
  d.entities.flatMap((e) => e.fields.filter((f) => f.class === cls).map((f) => `${e.role} ${f.key}`));
const notInfo = (d: DiffResult) =>
  d.entities.flatMap((e) => e.fields.filter((f) => !INFO.includes(f.class)).map((f) => `${e.role} ${f.key}`));

/** Entities a case of the run archived (not its teardown): their last such ledger event is `archived`. */
function archivedByCases(runDir: string): Set<string> {
  const last = new Map<string, string>();
  for (const line of readFileSync(join(runDir, 'ledger.ndjson'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const e = JSON.parse(line) as LedgerEntry;
    if (e.caseId !== 'TEARDOWN') last.set(e.id, e.event);
  }
  return new Set([...last].filter(([, ev]) => ev === 'archived').map(([id]) => id));
}

/**
 * N of acceptance 4, from the baseline's raw report.json: entities whose last v11 read-back of their
 * own texts holds a non-empty Swedish summary, leaving out those the run's cases archived (an archived
 * entity has no content on the v12 side to be cut).
 */
function rolesWithSvSummary(runDir: string): number {
  const model = readModel(runDir);
  const archived = archivedByCases(runDir);
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
  return [...last].filter(([id, sv]) => sv && !archived.has(id)).length;
}

/**
 * The V12 cases (read from report.json, whatever their ids) that read back the entity of one of
 * `roles` itself; connection read-backs, which also name their service, do not count.
 */
function v12CasesOfRoles(model: ReportModel, roles: Set<string>): string[] {
  const { roleOf } = runRoles(model);
  const own = (rb: ReportModel['cases'][number]['readBacks'][number]) =>
    rb.entityId !== undefined && !rb.endpoint.includes('/connection') && roles.has(roleOf(rb.entityId));
  return model.cases.filter((c) => c.dvvItem === 'V12' && c.readBacks.some(own)).map((c) => c.id);
}

beforeAll(async () => {
  [clean, archiveIgnored, v12Clean, v12Cut, v12Default] = await Promise.all([
    run('clean', ['--seed', '7'], 0),
    run('arc', ['--seed', '7', '--defect', 'archive-ignored'], 1),
    run('v12', ['--seed', '7', '--read-api', 'v12'], 0),
    // A wrong copy is polled until the wait ends (it might still be replaced): keep the wait short.
    run(
      'v12cut',
      ['--seed', '7', '--read-api', 'v12', '--v12-wait', '2s', '--defect', 'v12-truncate-sv-summary'],
      1,
    ),
    run('default', ['--read-api', 'v12'], 0),
  ]);
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
    const { code, json } = await diff([clean, v12Cut, '--out', join(out, 'd4')]);
    expect(code).toBe(1);
    const changed = fieldsOf(json, 'changed');
    expect(
      changed.every((k) => /\.summary\.sv$/.test(k)),
      changed.join(', '),
    ).toBe(true);
    const n = rolesWithSvSummary(clean);
    expect(n).toBeGreaterThan(5);
    expect(changed).toHaveLength(n);
    expect(fieldsOf(json, 'missing')).toEqual([]);
    // The V12 cases that read those roles back failed (they are new in the candidate): addedFailing.
    const roles = new Set(changed.map((k) => k.split(' ')[0]!));
    const ids = v12CasesOfRoles(readModel(v12Cut), roles);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(json.cases.find((c) => c.id === id)?.class, id).toBe('addedFailing');
    // Each changed role is read back by one of them.
    for (const role of roles)
      expect(v12CasesOfRoles(readModel(v12Cut), new Set([role])), role).not.toEqual([]);
  });

  it('a clean cross-version diff (acceptance 5): exit 0, only same, dropped, added and transform', async () => {
    const { code, json } = await diff([clean, v12Clean, '--out', join(out, 'd5')]);
    expect(code).toBe(0);
    expect(notInfo(json)).toEqual([]);
    expect(json.summary).toMatchObject({ changed: 0, missing: 0 });
    // The v12 side was compared: roles whose final state is a v12 read-back are the same.
    expect(json.summary.same).toBeGreaterThan(200);
    // The fixtures send WCAG levels, which v12 cannot carry.
    expect(fieldsOf(json, 'dropped').some((k) => /channel\.accessibility\.wcag\.fi$/.test(k))).toBe(true);
  });

  it('old baselines (acceptance 7): docs/sample-report, and the same run as a schema-1 file without keys, against a default-seed run with a v12 read-back', async () => {
    // A schema-1 report.json is what the tool wrote before v12: no target.api, no neutral keys on the
    // read-back fields. The same run written that way must compare exactly as its schema-2 form, its
    // keys derived on the fly from the fields' sent/read values.
    const sample = readModel(SAMPLE);
    const old = join(out, 'schema1');
    mkdirSync(old, { recursive: true });
    const { api: _api, v12ApiUrl: _url, v12Routes: _routes, ...target } = sample.target;
    const v1 = {
      ...sample,
      schemaVersion: 1,
      target: { ...target, apiVersion: 'v11' },
      cases: sample.cases.map((c) => ({
        ...c,
        readBacks: c.readBacks.map((rb) => ({
          ...rb,
          fields: rb.fields.map(({ path, sent, read, ok }) => ({ path, sent, read, ok })),
        })),
      })),
    };
    writeFileSync(join(old, 'report.json'), JSON.stringify(v1));
    for (const [name, dir] of [
      ['sample', SAMPLE],
      ['schema-1 copy', old],
    ] as const) {
      const d7 = await diff([dir, v12Default, '--out', join(out, `d7-${name.replace(/\W/g, '')}`)]);
      expect(d7.json, `${name}: ${d7.stderr}`).not.toBeNull();
      expect(d7.json.compatible.fieldLevel, name).toBe(true);
      expect(d7.json.summary.same, name).toBeGreaterThan(200);
      // Only same, dropped (by v12), added and transform: nothing the v12 copy changed or lost.
      expect(notInfo(d7.json), name).toEqual([]);
      expect(d7.code, name).toBe(0);
    }
  });

  it('two runs with the same seed compare equal by role, connections included (fixture content depends on seed and case only)', async () => {
    const { code, json } = await diff([clean, v12Clean, '--read-source', 'v11', '--out', join(out, 'twice')]);
    expect(code).toBe(0);
    expect(json.summary).toMatchObject({ regressions: 0, changed: 0, missing: 0 });
    expect(json.entities.some((e) => e.role.startsWith('connection['))).toBe(true);
  });

  it('different seeds: the field level is skipped with a note, --allow-seed-mismatch forces it', async () => {
    const { json } = await diff([clean, v12Default, '--out', join(out, 'seeds')]);
    expect(json.compatible.fieldLevel).toBe(false);
    expect(json.entities).toEqual([]);
    expect(json.compatible.notes.join(' ')).toMatch(/different seeds/);
    const forced = await diff([clean, v12Default, '--allow-seed-mismatch', '--out', join(out, 'seeds2')]);
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
