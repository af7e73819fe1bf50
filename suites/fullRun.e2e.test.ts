/**
 * The acceptance run of issue #5: `ptv-readiness run` against the embedded simulator passes every case
 * in both simulator profiles, twice in a row with different seeds. Spawns the built CLI.
 */
import { describe, expect, it } from 'vitest';
import { onlyRunDir, readModel, runCli, tempDir } from '../test/cliHarness.js';

const DVV_ITEMS = ['CONN', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6'] as const;

describe.each(['live2026', 'ptv34'] as const)('full run, simulator profile %s', (profile) => {
  it.each([101, 202])('seed %i: exit 0, every case passed or skipped with a reason', async (seed) => {
    const out = tempDir(`full-${profile}-${seed}`);
    const res = await runCli([
      'run',
      '--profile',
      profile,
      '--seed',
      String(seed),
      '--out',
      out,
      '--formats',
      'md',
    ]);
    const model = readModel(onlyRunDir(out));
    const failed = model.cases.filter((c) => c.status === 'failed');
    expect(failed.map((c) => `${c.id}: ${c.error ?? JSON.stringify(c.findings.slice(0, 2))}`)).toEqual([]);
    expect(res.code, res.stderr).toBe(0);
    expect(model.status).toBe('passed');
    expect(model.run.seed).toBe(seed);
    expect(model.target.simulatorProfile).toBe(profile);
    expect(model.run.ruleProfile).toBe(profile);
    // Every DVV item is covered by passing cases, and every skip says why.
    for (const item of DVV_ITEMS) {
      expect(
        model.cases.some((c) => c.dvvItem === item && c.status === 'passed'),
        item,
      ).toBe(true);
    }
    for (const c of model.cases.filter((x) => x.status === 'skipped')) {
      expect(c.skipReason ?? c.blockedBy, c.id).toBeTruthy();
    }
    // Teardown archived everything the run created.
    expect(model.material.length).toBeGreaterThan(20);
    expect(model.material.filter((m) => m.finalState !== 'archived')).toEqual([]);
  });
});
