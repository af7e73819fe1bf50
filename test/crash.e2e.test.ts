import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli, tempDir, waitForOutput, type CliRun } from './cliHarness.js';

// Crash safety: a run killed with SIGKILL at different points leaves a ledger from which `cleanup`
// archives everything the run created, so the (persistent) simulator holds no live entity of it.
const USER = 'crash-test@kunta.example';
const PASSWORD = 'crash-Pw-2f8e-0c1a';
const creds = { PTV_USERNAME: USER, PTV_PASSWORD: PASSWORD };

interface ControlEntity {
  id: string;
  archivedAt: string | null;
  sourceIds: { sourceId: string }[];
}

let sim: CliRun;
let apiUrl = '';
let tokenUrl = '';
let controlUrl = '';

beforeAll(async () => {
  const db = join(tempDir('crash-db'), 'sim.db');
  sim = spawnCli(['simulate', '--db', db, '--port', '0', '--control', '--user', USER], {
    env: { PTV_SIMULATOR_PASSWORD: PASSWORD },
  });
  const out = await waitForOutput(sim, (s) => s.includes('Control:'));
  apiUrl = /API base URL:\s+(\S+)/.exec(out)![1]!;
  tokenUrl = /Token URL:\s+(\S+)/.exec(out)![1]!;
  controlUrl = /Control:\s+(\S+)/.exec(out)![1]!;
});

afterAll(async () => {
  sim?.child.kill('SIGINT');
  await sim?.exit;
});

async function liveEntitiesOf(runId: string): Promise<ControlEntity[]> {
  const res = await fetch(`${controlUrl}/state`);
  const state = (await res.json()) as { entities: ControlEntity[] };
  return state.entities.filter(
    (e) => e.archivedAt === null && e.sourceIds.some((s) => s.sourceId.includes(runId)),
  );
}

describe('kill -9 of a run, then cleanup', () => {
  // Kill points: after the Nth finished case (1 = right after the first create, later = mid-run with
  // material of several kinds), so the ledger is cut at different places.
  it.each([1, 4, 9])('after %i finished case(s): cleanup leaves no live entity of the run', async (cases) => {
    const out = tempDir('crash');
    const run = spawnCli(
      [
        'run',
        '--api-url',
        apiUrl,
        '--token-url',
        tokenUrl,
        '--suites',
        't1,t2,t3',
        '--out',
        out,
        '--formats',
        'md',
        '--langs',
        'en',
      ],
      { env: creds },
    );
    await waitForOutput(run, (s) => (s.match(/^(PASS|FAIL|SKIP) /gm) ?? []).length >= cases, 120_000);
    run.child.kill('SIGKILL');
    const { signal } = await run.exit;
    expect(signal).toBe('SIGKILL');
    const [dirName] = readdirSync(out);
    expect(dirName).toBeDefined();
    const runDir = join(out, dirName!);
    expect(existsSync(join(runDir, 'report.json'))).toBe(false);
    // Let an orphaned worker (if any) notice its parent is gone before we look.
    await new Promise((r) => setTimeout(r, 1500));
    const before = await liveEntitiesOf(dirName!);
    expect(before.length).toBeGreaterThan(0);

    const first = await runCli(['cleanup', runDir], { env: creds });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(await liveEntitiesOf(dirName!)).toEqual([]);

    const again = await runCli(['cleanup', runDir], { env: creds });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Nothing to archive');
  });

  it('refuses a sim run whose in-process simulator is gone, with a clear message', async () => {
    const out = tempDir('nosim');
    const r = await runCli([
      'run',
      '--suites',
      'conn',
      '--keep',
      '--out',
      out,
      '--formats',
      'md',
      '--langs',
      'en',
    ]);
    expect(r.code).toBe(0);
    const runDir = join(out, readdirSync(out)[0]!);
    const c = await runCli(['cleanup', runDir]);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('embedded simulator');
    expect(c.stderr).toContain('--sim-db');
  });

  it('refuses a directory that is not a run', async () => {
    const r = await runCli(['cleanup', tempDir('empty')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('PTVR_RUN_DIR_INVALID');
  });
});
