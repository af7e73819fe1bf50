import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flagsToUserConfig, resolveFromArgs } from './run.js';
import type { CliContext } from '../defineCommand.js';

const ctx = (cwd: string, env: NodeJS.ProcessEnv = {}): CliContext => ({
  io: { stdout: { write: () => true }, stderr: { write: () => true } },
  signal: new AbortController().signal,
  env,
  cwd,
});

describe('run flags', () => {
  it('maps only the flags that were typed (so the config file is not silently beaten)', () => {
    expect(flagsToUserConfig({})).toEqual({});
    expect(
      flagsToUserConfig({ suites: 'T1, t2,t1', keep: false, defect: ['archive-ignored'], simDb: 'x.db' }),
    ).toEqual({
      suites: ['t1', 't2'],
      keep: false,
      sim: { defects: ['archive-ignored'], db: 'x.db' },
    });
  });

  it('reads every comma list the same way: trimmed, case-insensitive, empty items and repeats dropped', () => {
    expect(flagsToUserConfig({ formats: 'MD, junit,,md', langs: 'EN,fi,en' })).toEqual({
      formats: ['md', 'junit'],
      langs: ['en', 'fi'],
    });
  });

  it.each([
    [{ suites: 'x' }, '--suites'],
    [{ formats: 'html,docx' }, '--formats'],
    [{ langs: 'de' }, '--langs'],
    [{ seed: 1.5 }, '--seed'],
  ])('refuses %j', (args, flag) => {
    expect(() => flagsToUserConfig(args)).toThrow(
      expect.objectContaining({ code: 'PTVR_USAGE', message: expect.stringContaining(flag) }),
    );
  });

  it('resolves flags over env over the config file in cwd', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'ptvr-run-flags-'));
    writeFileSync(
      join(cwd, 'ptv-readiness.config.json'),
      JSON.stringify({ target: 'cte', seed: 5, keep: true }),
    );
    const c = resolveFromArgs({ seed: 6 }, ctx(cwd, { PTV_USERNAME: 'u@x.fi', PTV_PASSWORD: 'pw-1234' }));
    expect(c.target.name).toBe('cte');
    expect(c.seed).toBe(6);
    expect(c.keep).toBe(true);
    expect(c.secrets.username).toBe('u@x.fi');
    expect(c.configFile).toBe(join(cwd, 'ptv-readiness.config.json'));
  });

  it('maps --rule-profile and lets it beat the simulator profile; --profile alone moves both', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'ptvr-run-profile-'));
    const both = resolveFromArgs({ profile: 'ptv34' }, ctx(cwd));
    expect([both.sim.profile, both.ruleProfile]).toEqual(['ptv34', 'ptv34']);
    expect(flagsToUserConfig({ ruleProfile: 'live2026' })).toEqual({ ruleProfile: 'live2026' });
    const split = resolveFromArgs({ profile: 'ptv34', ruleProfile: 'live2026' }, ctx(cwd));
    expect([split.sim.profile, split.ruleProfile]).toEqual(['ptv34', 'live2026']);
  });
});

describe('run accepts the report command spelling of the view flags', () => {
  it('--format and --lang are aliases of --formats and --langs', async () => {
    const { runCli } = await import('../main.js');
    let err = '';
    const code = await runCli(['run', '--list', '--format', 'nope', '--suites', 'conn'], {
      io: { stdout: { write: () => true }, stderr: { write: (s: string) => (err += s) } },
      signal: new AbortController().signal,
      env: {},
      cwd: process.cwd(),
    });
    // The alias reaches the same validation as --formats: an unknown format is a usage error.
    expect(code).toBe(2);
    expect(err).toMatch(/PTVR_USAGE: --formats/);
  });
});
