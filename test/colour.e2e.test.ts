/**
 * NO_COLOR / FORCE_COLOR for what the CLI prints, on a real terminal (util-linux `script` gives the
 * CLI a pseudo-terminal) and in a pipe. Built CLI (`npm run build` first), embedded simulator.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, tempDir } from './cliHarness.js';

const ESC = '\x1b[';
/** A colour (SGR) sequence; the TTY progress line's erase-line control is not colour. */
const SGR = new RegExp(`${ESC.replace('[', '\\[')}[0-9;]*m`);
const hasScript = spawnSync('script', ['--version']).status === 0;
const args = (): string[] => ['run', '--suites', 'conn', '--formats', 'md', '--out', tempDir('colour')];

/** The spawned CLI's environment: cleanEnv, no NO_COLOR / CI, FORCE_COLOR only when the test sets it. */
function envFor(env: Record<string, string>): NodeJS.ProcessEnv {
  const full = cleanEnv({ CI: '', NO_COLOR: '', ...env });
  // FORCE_COLOR='' means "on" (Node's rules), and the machine running the tests may set it.
  if (env.FORCE_COLOR === undefined) delete full.FORCE_COLOR;
  return full;
}

/** The run on a pseudo-terminal; returns what the terminal showed. */
function onTerminal(env: Record<string, string>): { code: number | null; screen: string } {
  const cmd = [process.execPath, BIN, ...args()].map((a) => `'${a}'`).join(' ');
  const r = spawnSync('script', ['-qec', cmd, '/dev/null'], {
    encoding: 'utf8',
    env: envFor(env),
    timeout: 120_000,
  });
  return { code: r.status, screen: r.stdout };
}

/** The run with stdout piped to the test. */
function inPipe(env: Record<string, string>): { code: number | null; stdout: string } {
  const r = spawnSync(process.execPath, [BIN, ...args()], {
    encoding: 'utf8',
    env: envFor(env),
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout };
}

describe.skipIf(!hasScript)('colour on a terminal', () => {
  it('colours by default', () => {
    const r = onTerminal({});
    expect(r.code).toBe(0);
    expect(r.screen).toMatch(SGR);
  });

  it.each<Record<string, string>>([{ NO_COLOR: '1' }, { FORCE_COLOR: '0' }])(
    'prints no colour codes with %o',
    (env) => {
      const r = onTerminal(env);
      expect(r.code).toBe(0);
      // On a terminal the progress is one in-place line per DVV item.
      expect(r.screen).toMatch(/CONN\s+6\/6 done/);
      expect(r.screen).not.toMatch(SGR);
    },
  );
});

describe('colour in a pipe', () => {
  it('FORCE_COLOR=1 colours even when piped', () => {
    const r = inPipe({ FORCE_COLOR: '1' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${ESC}32mPASS`);
  });

  it('no colour in a pipe by default', () => {
    const r = inPipe({});
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PASS CONN-01');
    expect(r.stdout).not.toContain(ESC);
  });
});
