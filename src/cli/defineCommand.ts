import type { Argv, ArgumentsCamelCase } from 'yargs';
import type { Io } from '../core/io.js';
import type { Outcome } from '../core/exitCode.js';

/** What every command handler gets besides its parsed flags. */
export interface CliContext {
  io: Io;
  /** Aborted on SIGINT/SIGTERM; long-running commands stop and clean up when it fires. */
  signal: AbortSignal;
  /** Process environment (only cli/ and config/ read it). */
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface CommandSpec<T> {
  command: string;
  describe: string;
  builder: (y: Argv) => Argv<T>;
  run: (argv: ArgumentsCamelCase<T>, ctx: CliContext) => Promise<Outcome>;
}

/** Identity helper that keeps the flag types of `builder` flowing into `run`. */
export function defineCommand<T>(spec: CommandSpec<T>): CommandSpec<T> {
  return spec;
}
