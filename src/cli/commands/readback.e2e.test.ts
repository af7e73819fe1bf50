/**
 * `ptv-readiness readback <run-dir>`, black-box (v12-migration.md §6 item 12): a simulator run with
 * `--read-api v12 --v12-defer --sim-db` leaves its V12 cases pending and its material live; `readback`
 * restarts the run's simulator from the db with the run's own profile and seed (run.json), finishes
 * the V12 cases, re-renders, rewrites the manifest and archives the material. Needs `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunInfo } from '../../engine/runInfo.js';
import { onlyRunDir, readModel, runCli, tempDir } from '../../../test/cliHarness.js';

const out = tempDir('readback');
afterAll(() => import('node:fs').then((fs) => fs.rmSync(out, { recursive: true, force: true })));

describe('readback', () => {
  it("finishes a deferred V12 read-back with the run's own profile and seed, then archives; verify passes", async () => {
    const reports = join(out, 'reports');
    const db = join(out, 's.db');
    const ran = await runCli([
      'run',
      ...[
        '--suites',
        't2,t3,t6',
        '--seed',
        '7',
        '--profile',
        'ptv34',
        '--read-api',
        'v12',
        '--v12-defer',
        '--sim-db',
        db,
      ],
      ...['--out', reports, '--formats', 'md'],
    ]);
    expect(ran.code, ran.stderr).toBe(0);
    const dir = onlyRunDir(reports);
    const info = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as RunInfo;
    expect(info).toMatchObject({ seed: 7, ruleProfile: 'ptv34', simProfile: 'ptv34', simDb: db });
    expect(info.v12).toMatchObject({ defer: true, pending: true });
    const pending = readModel(dir).cases.filter((c) => c.dvvItem === 'V12');
    expect(pending.length).toBeGreaterThan(5);
    expect(pending.every((c) => c.status === 'skipped')).toBe(true);

    const rb = await runCli(['readback', dir, '--v12-wait', '5s', '--v12-poll', '250ms']);
    expect(rb.code, rb.stdout + rb.stderr).toBe(0);
    expect(rb.stdout).toMatch(/^Archived \d+ entities; 0 still live\.$/m);
    const v12 = readModel(dir).cases.filter((c) => c.dvvItem === 'V12');
    expect(v12.map((c) => c.id).sort()).toEqual(pending.map((c) => c.id).sort());
    // None failed and none is still pending; t2,t3,t6 leave no live sub-organisation to read.
    expect(v12.filter((c) => c.status === 'failed').map((c) => c.id)).toEqual([]);
    expect(v12.filter((c) => c.status === 'skipped' && /pending/.test(c.skipReason ?? ''))).toEqual([]);
    expect(v12.filter((c) => c.status === 'passed').length).toBeGreaterThan(5);
    expect(v12.flatMap((c) => c.readBacks).length).toBeGreaterThan(5);
    expect((JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as RunInfo).v12?.pending).toBe(false);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('V12');
    const verify = await runCli(['verify', dir]);
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
  });
});
