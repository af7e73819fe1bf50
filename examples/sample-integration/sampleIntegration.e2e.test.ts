/**
 * Black-box, as a supplier would run it: the built CLI (`npm run build` first) as the proxy, and the
 * sample integration's own CLI, configured only by the URLs `observe` prints.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onlyRunDir, readModel, spawnCli, tempDir, waitForOutput } from '../../test/cliHarness.js';

const SCENARIO = join(import.meta.dirname, 'scenario.mjs');

/** What observe prints for the integration: its two URLs and the simulator's user. */
function printed(stdout: string): Record<string, string> {
  const get = (label: string): string => new RegExp(`${label}:\\s+(\\S+)`).exec(stdout)![1]!;
  return {
    PTV_API_URL: get('API base URL'),
    PTV_TOKEN_URL: get('Token URL'),
    PTV_USERNAME: get('Username'),
    PTV_PASSWORD: get('Password'),
    PTV_ORGANIZATION_ID: get('Organisation'),
  };
}

function scenario(args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [SCENARIO, ...args],
      { env: { PATH: process.env.PATH ?? '', ...env } },
      (err) => resolve(err ? (typeof err.code === 'number' ? err.code : 2) : 0),
    );
  });
}

const observeArgs = (out: string) => [
  'observe',
  '--target',
  'sim',
  '--port',
  '0',
  '--out',
  out,
  '--formats',
  'md,junit',
];

describe('the sample integration through `ptv-readiness observe`', () => {
  it('the whole scenario with --until covered: observe stops by itself, exit 0, READY', async () => {
    const out = tempDir('sample');
    const cli = spawnCli([...observeArgs(out), '--until', 'covered']);
    const env = printed(await waitForOutput(cli, (s) => s.includes('Stops when')));
    expect(await scenario(['all', '--data', tempDir('sample-data')], env)).toBe(0);
    const { code } = await cli.exit;
    expect(code, cli.stderr()).toBe(0);
    const m = readModel(onlyRunDir(out));
    expect(m.actor).toBe('observed');
    expect(m.status).toBe('passed');
    expect(m.items!.filter((i) => i.id !== 'PIT').map((i) => `${i.id} ${i.status}`)).toEqual(
      ['CONN', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6'].map((id) => `${id} passed`),
    );
    expect(cli.stdout()).toMatch(/^READY: \d+ passed, 0 failed, 0 skipped$/m);
  });

  it('no-archive, stopped with SIGTERM: exit 1, T6 not demonstrated', async () => {
    const out = tempDir('sample-noarchive');
    const cli = spawnCli(observeArgs(out));
    const env = printed(await waitForOutput(cli, (s) => s.includes('Stops when') || s.includes('Ctrl-C')));
    expect(await scenario(['all', '--data', tempDir('sample-data'), '--defect', 'no-archive'], env)).toBe(0);
    cli.child.kill('SIGTERM');
    const { code } = await cli.exit;
    expect(code, cli.stderr()).toBe(1);
    const m = readModel(onlyRunDir(out));
    const t6 = m.items!.find((i) => i.id === 'T6');
    expect(t6?.status).toBe('not-demonstrated');
    expect(t6?.notes?.join('\n')).toMatch(/material archived/);
  });
});
