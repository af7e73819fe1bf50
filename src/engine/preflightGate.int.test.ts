import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Reporter } from 'vitest/node';
import { packageRoot } from '../core/toolVersion.js';
import { createPreflightGate, GATE_SETUP_FILE, type PreflightGate } from './preflightGate.js';
import { createSuiteVitest, runSuites } from './runVitest.js';

const suitesDir = join(packageRoot(), 'test', 'fixtures', 'gate-suites');

/**
 * A real suite worker with the gate: once the worker has collected the probe case, `decide` opens or
 * fails the gate; the run is then awaited to its end. Returns each case's final state.
 */
async function gatedRun(decide: (gate: PreflightGate) => void): Promise<string[]> {
  const gate = createPreflightGate();
  const states: string[] = [];
  let collected!: () => void;
  const onCollected = new Promise<void>((resolve) => (collected = resolve));
  const reporter: Reporter = {
    onTestModuleCollected: () => collected(),
    onTestCaseResult: (tc) => void states.push(`${tc.name}: ${tc.result().state}`),
  };
  const { vitest } = await createSuiteVitest({
    settings: {
      runId: 'gate',
      runDir: '',
      targetName: 'sim',
      apiUrl: '',
      tokenUrl: '',
      authShape: 'cte',
      seed: 1,
      referenceDate: '2026-01-01',
      ruleProfile: 'live2026',
      simulated: true,
      evidenceBodyLimit: 1000,
      concurrency: 1,
      suites: ['t1'],
    },
    reporters: [reporter],
    workerEnv: {},
    gate: { plugin: gate.plugin, setupFile: GATE_SETUP_FILE },
    suitesDir,
  });
  try {
    const run = runSuites(vitest, [join(suitesDir, 't1-gate.suite.ts')]);
    // Collected: the worker is ready to run the case, and would, were it not for the gate.
    await onCollected;
    decide(gate);
    await run;
  } finally {
    await vitest.close();
  }
  return states;
}

describe('the preflight gate', () => {
  it('lets the cases run once the preflight passed', async () => {
    expect(await gatedRun((g) => g.open())).toEqual(['gate probe: passed']);
  });

  it('runs no case when the preflight failed, although the worker had collected them', async () => {
    const states = await gatedRun((g) => g.fail('PTVR_AUTH_FAILED'));
    expect(states).not.toContain('gate probe: passed');
  });
});
