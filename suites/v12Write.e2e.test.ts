/**
 * The v12 write profile offline (v12-migration.md §6 items 9 and 13): spawns the built CLI (`npm run
 * build` first). `run --api v12` on the simulator writes through the bundled inferred route map: every
 * executed case passes, the run is a rehearsal (exit 0, never READY), what v12 cannot express is
 * skipped with its fixed reason, and `diff` against a v11 run of the same seed lists those cases as
 * coverage lost.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseResult, ReportModel } from '#ptvr';
import { onlyRunDir, readModel, runCli, tempDir } from '../test/cliHarness.js';

const dir = tempDir('v12write');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOT_EXPRESSIBLE: Record<string, string> = {
  'ORG-04': 'organization.updateByExternalId',
  'SRV-04': 'service.updateByExternalId',
  ...Object.fromEntries(
    ['EC', 'PH', 'WP', 'PF', 'SL'].map((c) => [`CH-${c}-04`, 'channel.updateByExternalId']),
  ),
  'CON-02': 'connection.extraInfo',
  'CON-04': 'connection.extraInfo',
  ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8].map((n) => [`ARC-0${n}`, 'archive'])),
};

describe('run --write-api v12: the production v12 gateway (§6 item 9)', () => {
  it('is refused before anything starts: PTVR_PRODUCTION_WRITE_REFUSED, exit 2, no run directory', async () => {
    const out = join(dir, 'prod');
    const r = await runCli([
      'run',
      '--write-api',
      'v12',
      '--v12-api-url',
      'https://api-gw.palvelutietovaranto.suomi.fi',
      '--out',
      out,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^PTVR_PRODUCTION_WRITE_REFUSED: /m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // Refused while resolving the flags: no simulator, no run directory, no request.
    expect(existsSync(out)).toBe(false);
  });
});

describe('run --api v12 with a driven run', () => {
  it('is a usage error: the v12 profile is the builtin suites', async () => {
    const out = join(dir, 'driven');
    const r = await runCli(['run', '--api', 'v12', '--driver', 'manual', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^PTVR_USAGE: --write-api v12 runs the builtin suites/m);
    expect(existsSync(out)).toBe(false);
  });
});

describe('run --api v12 on the simulator (§6 item 13)', () => {
  let v11: { dir: string; model: ReportModel };
  let v12: { dir: string; model: ReportModel; code: number | null; stdout: string };
  const byId = (id: string): CaseResult | undefined => v12.model.cases.find((c) => c.id === id);

  beforeAll(async () => {
    const run = async (name: string, args: string[]) => {
      const out = join(dir, name);
      const r = await runCli(['run', '--seed', '7', '--formats', 'md,junit', '--out', out, ...args]);
      const runDir = onlyRunDir(out);
      return { ...r, dir: runDir, model: readModel(runDir) };
    };
    [v11, v12] = [await run('v11', []), await run('v12', ['--api', 'v12'])];
  }, 600_000);

  it('exits 0 with the rehearsal status, never READY, and says so on the terminal', () => {
    const failed = v12.model.cases.filter((c) => c.status === 'failed');
    expect(
      failed.map((c) => `${c.id}: ${JSON.stringify(c.findings.filter((f) => f.severity === 'error'))}`),
    ).toEqual([]);
    expect(v12.code).toBe(0);
    expect(v12.model.status).toBe('rehearsal');
    expect(v12.stdout).toMatch(
      /V12 REHEARSAL PASSED \(provisional: v12 write routes INFERRED, not valid for submission\)/,
    );
    expect(v12.stdout).not.toMatch(/^READY/m);
  });

  it('records the write profile: api v12, the inferred route map and its sha256', () => {
    expect(v12.model.target).toMatchObject({
      apiVersion: 'v12',
      api: { write: 'v12', read: ['v12'] },
      v12Routes: { status: 'inferred', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(v11.model.target).toMatchObject({ apiVersion: 'v11', api: { write: 'v11', read: ['v11'] } });
  });

  it('skips what v12 cannot express with the fixed reason naming the route key', () => {
    for (const [id, key] of Object.entries(NOT_EXPRESSIBLE)) {
      const c = byId(id);
      expect(c?.status, id).toBe('skipped');
      expect(c?.skipReason, id).toMatch(
        new RegExp(
          `^not expressible in v12: .*\\[SPEC by absence\\] — route ${key.replace('.', '\\.')} is null$`,
        ),
      );
    }
  });

  it('runs at least 60 FMT-V12 cases, all passed, and every other v11 case id under its v11 title', () => {
    const fmt = v12.model.cases.filter((c) => c.id.startsWith('FMT-V12-'));
    expect(fmt.length).toBeGreaterThanOrEqual(60);
    expect(fmt.filter((c) => c.status !== 'passed').map((c) => c.id)).toEqual([]);
    const v11Titles = new Map(v11.model.cases.map((c) => [c.id, c.title]));
    for (const c of v12.model.cases.filter((x) => v11Titles.has(x.id)))
      expect(c.title, c.id).toBe(v11Titles.get(c.id));
    const notInV12 = v11.model.cases.filter((c) => !byId(c.id)).map((c) => c.id);
    expect(notInV12.filter((id) => !/^FMT-\d+$/.test(id))).toEqual([]);
  });

  it('marks every case that wrote through an inferred route provisional, and only those', () => {
    for (const id of [
      'CONN-03',
      'ORG-01',
      'ORG-03',
      'SRV-01',
      'SRV-05',
      'CH-SL-03',
      'CON-01',
      'CON-05',
      'PIT-V12-01',
    ])
      expect(byId(id)?.provisional, id).toBe(true);
    expect(v12.model.cases.filter((c) => c.id.startsWith('FMT-V12-')).every((c) => c.provisional)).toBe(true);
    for (const id of ['ORG-02', 'SRV-02', 'CON-03', 'ARC-01', 'V12-CONN-02'])
      expect(byId(id)?.provisional, id).toBeUndefined();
    expect(v11.model.cases.some((c) => c.provisional)).toBe(false);
  });

  it('reads every write back through v12 and leaves no material behind', () => {
    const srv = byId('SRV-02')!;
    expect(srv.readBacks.map((r) => r.endpoint)).toEqual(['GET /api/v12/service/{contentId}']);
    expect(srv.readBacks[0]!.fields.length).toBeGreaterThan(10);
    expect(v12.model.material.length).toBeGreaterThan(10);
    expect(v12.model.material.filter((m) => m.finalState !== 'archived')).toEqual([]);
  });

  it('diff <v11 run> <v12 run>: exit 0, the skipped cases are coverage lost and explain the field differences; --fail-on coverage exits 1', async () => {
    const d = await runCli(['diff', v11.dir, v12.dir, '--json']);
    const diff = JSON.parse(d.stdout) as {
      cases: { id: string; class: string; regression: boolean }[];
      summary: { regressions: number; explained: number };
    };
    // §6 item 13: exit 0 by default. The fields the skipped cases would have changed (renames by
    // sourceId, connection extra info, archived material) are explained by that lost coverage.
    expect(d.code).toBe(0);
    expect(diff.summary.regressions).toBe(0);
    expect(diff.summary.explained).toBeGreaterThan(0);
    const lost = diff.cases.filter((c) => c.class === 'coverageLost').map((c) => c.id);
    expect(lost).toEqual(expect.arrayContaining(Object.keys(NOT_EXPRESSIBLE)));
    expect(diff.cases.filter((c) => c.regression).map((c) => c.id)).toEqual([]);
    // FMT-nnn are v11's field cases; the v12 profile runs FMT-V12-nnn instead.
    expect(diff.cases.filter((c) => c.class === 'removed').every((c) => /^FMT-\d+$/.test(c.id))).toBe(true);
    const strict = await runCli(['diff', v11.dir, v12.dir, '--fail-on', 'coverage', '--json']);
    expect(strict.code).toBe(1);
  });
});

describe('run --api v12 --v12-routes <file>', () => {
  const bundled = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'src', 'v12', 'v12-routes.default.json'), 'utf8'),
  ) as Record<string, unknown>;

  it('a published map: the same writes, not provisional, so no rehearsal (a subset is PARTIAL)', async () => {
    const file = join(dir, 'published.json');
    writeFileSync(file, JSON.stringify({ ...bundled, status: 'published', source: 'test: DVV published' }));
    const out = join(dir, 'published');
    const r = await runCli([
      'run',
      '--api',
      'v12',
      '--v12-routes',
      file,
      '--suites',
      't1',
      '--formats',
      'junit',
      '--out',
      out,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const m = readModel(onlyRunDir(out));
    expect(m.status).toBe('partial');
    expect(m.target.v12Routes).toMatchObject({ status: 'published', source: 'test: DVV published' });
    expect(m.cases.find((c) => c.id === 'ORG-01')).toMatchObject({ status: 'passed' });
    expect(m.cases.some((c) => c.provisional)).toBe(false);
  });

  it('a broken map is refused before the run starts: PTVR_ROUTE_MAP_INVALID, exit 2, no run directory', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...bundled,
        routes: {
          ...(bundled.routes as object),
          'service.create': {
            method: 'POST',
            path: '/api/v12/service',
            body: 'NoSuchRequest',
            success: [200],
          },
        },
      }),
    );
    const out = join(dir, 'broken');
    const r = await runCli(['run', '--api', 'v12', '--v12-routes', file, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^PTVR_ROUTE_MAP_INVALID: .*NoSuchRequest/m);
    expect(existsSync(out)).toBe(false);
  });
});
