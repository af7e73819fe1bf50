import { describe, expect, it } from 'vitest';
import { runCli } from './main.js';
import type { CliContext } from './defineCommand.js';

function ctx(): CliContext & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } },
    signal: new AbortController().signal,
    env: {},
    cwd: process.cwd(),
    out: () => out,
    err: () => err,
  };
}

describe('runCli', () => {
  it('lists every command in --help and exits 0', async () => {
    const c = ctx();
    expect(await runCli(['--help'], c)).toBe(0);
    for (const cmd of ['run', 'simulate', 'validate', 'report', 'cleanup', 'verify']) {
      expect(c.out()).toContain(`ptv-readiness ${cmd}`);
    }
  });

  it('turns an unknown command into PTVR_USAGE with exit 2 and no stack trace', async () => {
    const c = ctx();
    expect(await runCli(['frobnicate'], c)).toBe(2);
    expect(c.err()).toMatch(/^PTVR_USAGE: Unknown argument: frobnicate/);
    expect(c.err()).not.toMatch(/\n\s+at /);
  });

  it('refuses a password on the command line before parsing anything', async () => {
    const c = ctx();
    expect(await runCli(['run', '--password=hunter22'], c)).toBe(2);
    expect(c.err()).toContain('PTVR_SECRET_ON_ARGV');
    expect(c.err()).not.toContain('hunter22');
  });

  it('asks for a command when none is given', async () => {
    const c = ctx();
    expect(await runCli([], c)).toBe(2);
    expect(c.err()).toContain('PTVR_USAGE');
  });
});
