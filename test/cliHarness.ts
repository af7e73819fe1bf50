import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ReportModel } from '../src/report/model.js';

/** The built CLI (`npm run build` first). */
export const BIN = resolve(import.meta.dirname, '..', 'dist', 'src', 'bin.js');

export interface CliRun {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Env for a spawned CLI: no inherited PTV_* values, plain output. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!k.startsWith('PTV_') && !k.startsWith('VITEST')) env[k] = v;
  return { ...env, CI: 'true', NO_COLOR: '1', ...extra };
}

export function spawnCli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? tmpdir(),
    env: cleanEnv(opts.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) =>
    child.on('close', (code, signal) => res({ code, signal })),
  );
  return { child, stdout: () => out, stderr: () => err, exit };
}

export async function runCli(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string> } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const r = spawnCli(args, opts);
  const { code } = await r.exit;
  return { code, stdout: r.stdout(), stderr: r.stderr() };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `ptvr-e2e-${prefix}-`));
}

/** The single run directory under a reports dir (beside it: the runs' index.json). */
export function onlyRunDir(out: string): string {
  const dirs = readdirSync(out, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  if (dirs.length !== 1) throw new Error(`expected one run dir in ${out}, found ${dirs.join(', ')}`);
  return join(out, dirs[0]!);
}

export function readModel(runDir: string): ReportModel {
  return JSON.parse(readFileSync(join(runDir, 'report.json'), 'utf8')) as ReportModel;
}

/** Waits until `predicate(stdout)` holds (polling), or throws after `ms`. */
export async function waitForOutput(
  run: CliRun,
  predicate: (s: string) => boolean,
  ms = 60_000,
): Promise<string> {
  const start = Date.now();
  while (!predicate(run.stdout())) {
    if (run.child.exitCode !== null)
      throw new Error(`process exited early: ${run.stdout()}\n${run.stderr()}`);
    if (Date.now() - start > ms) throw new Error(`timed out waiting for output: ${run.stdout()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return run.stdout();
}
