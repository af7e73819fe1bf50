import { describe, expect, it } from 'vitest';
import type { CaseResult, DvvItem } from '../report/model.js';
import { createProgress, progressMode } from './progress.js';

function c(id: string, dvvItem: DvvItem, status: CaseResult['status']): CaseResult {
  return {
    id,
    dvvItem,
    title: `title of ${id}`,
    status,
    durationMs: 5,
    attempts: 1,
    findings: [],
    evidenceIds: [],
    entityIds: [],
    ptvMessages: [],
    readBacks: [],
    file: 'suites/x.suite.ts',
  };
}

/** A fake terminal: applies \r and ESC[2K the way a TTY does, so the test sees what a user sees. */
function fakeTty(): {
  io: { stdout: { isTTY: boolean; write(s: string): boolean }; stderr: { write(s: string): boolean } };
  screen: () => string[];
  raw: () => string;
} {
  let raw = '';
  const w = { write: (s: string) => ((raw += s), true) };
  const screen = (): string[] => {
    const lines: string[] = [''];
    // eslint-disable-next-line no-control-regex
    for (const part of raw.replace(/\x1b\[[0-9;]*m/g, '').split(/(\r\x1b\[2K|\n)/)) {
      if (part === '\n') lines.push('');
      else if (part === '\r\x1b[2K') lines[lines.length - 1] = '';
      else lines[lines.length - 1] += part;
    }
    return lines.filter((l, i) => l !== '' || i < lines.length - 1);
  };
  return { io: { stdout: { ...w, isTTY: true }, stderr: w }, screen, raw: () => raw };
}

describe('progressMode', () => {
  it('is tty on a terminal, plain in a pipe, in CI or with --reporter=line', () => {
    const tty = { stdout: { isTTY: true, write: () => true }, stderr: { write: () => true } };
    const pipe = { stdout: { write: () => true }, stderr: { write: () => true } };
    expect(progressMode(tty, {})).toBe('tty');
    expect(progressMode(tty, {}, 'line')).toBe('plain');
    expect(progressMode(tty, { CI: 'true' })).toBe('plain');
    expect(progressMode(pipe, {})).toBe('plain');
    expect(progressMode(pipe, {}, 'item')).toBe('plain');
  });
});

describe('createProgress on a TTY', () => {
  it('shows one line per DVV item, updated in place, and keeps a line for each failure', () => {
    const t = fakeTty();
    const p = createProgress(t.io, 'tty');
    p.line('ptv-readiness: run x');
    const cases = [
      c('CONN-01', 'CONN', 'passed'),
      c('CONN-02', 'CONN', 'passed'),
      c('ORG-01', 'T1', 'passed'),
      c('ORG-02', 'T1', 'failed'),
      c('ORG-03', 'T1', 'skipped'),
    ];
    for (const x of cases) p.onCollected(x);
    p.onCase(cases[0]!);
    expect(t.screen()).toEqual(['ptv-readiness: run x', '  … CONN 1/2 done']);
    p.onCase(cases[1]!);
    expect(t.screen()).toEqual(['ptv-readiness: run x', '  … CONN 2/2 done']);
    for (const x of cases.slice(2)) p.onCase(x);
    p.status('Rendering report.pdf…');
    expect(t.screen()).toEqual([
      'ptv-readiness: run x',
      '  ✓ CONN 2/2 done',
      '  ✗ ORG-02 [T1] title of ORG-02 (5 ms)',
      '  ✗ T1   3/3 done, 1 failed, 1 skipped',
      'Rendering report.pdf…',
    ]);
    p.finish();
    p.line('PARTIAL: …');
    expect(t.screen().slice(-2)).toEqual(['  ✗ T1   3/3 done, 1 failed, 1 skipped', 'PARTIAL: …']);
    // Far fewer lines than cases: the point of the TTY mode.
    expect(t.raw().split('\n').length).toBeLessThan(cases.length + 3);
  });
});

describe('createProgress in a pipe', () => {
  it('writes one grep-able line per case and every status as a line, without escape codes', () => {
    let out = '';
    const io = { stdout: { write: (s: string) => ((out += s), true) }, stderr: { write: () => true } };
    const p = createProgress(io, 'plain');
    p.onCollected(c('ORG-01', 'T1', 'passed'));
    p.onCase(c('ORG-01', 'T1', 'passed'));
    p.onCase(c('ORG-02', 'T1', 'failed'));
    p.status('Rendering report.md…');
    p.finish();
    expect(out).toBe(
      'PASS ORG-01 [T1] title of ORG-01 (5 ms)\nFAIL ORG-02 [T1] title of ORG-02 (5 ms)\nRendering report.md…\n',
    );
  });
});
