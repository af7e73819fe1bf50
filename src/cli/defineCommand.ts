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

/**
 * The flags a builder declares, camel-cased as a handler reads them, without yargs' `_`, `$0` and its
 * catch-all index signature (which would turn every flag into `unknown`).
 */
export type FlagsOf<B extends (y: Argv) => unknown> =
  ReturnType<B> extends Argv<infer T> ? { [K in keyof T & string as CamelCase<K>]: T[K] } : never;

/** `secrets-file` → `secretsFile`, as yargs camel-cases flag names. */
type CamelCase<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<CamelCase<T>>}` : S;

/** A command main.ts can register without knowing its flag types. */
export interface Command {
  command: string;
  describe: string;
  /** Adds the command to `y`; its handler hands the outcome to `done`. */
  register(y: Argv, ctx: CliContext, done: (outcome: Outcome) => void): Argv;
}

/** Keeps the flag types `builder` declares flowing into `run`, then hides them behind `register`. */
export function defineCommand<T>(spec: CommandSpec<T>): CommandSpec<T> & Command {
  return {
    ...spec,
    register: (y, ctx, done) =>
      y.command(spec.command, spec.describe, spec.builder, async (argv) => done(await spec.run(argv, ctx))),
  };
}

/** What a command module exports, as the lazy registry uses it (its flag types hidden). */
export interface LoadedCommand {
  command: string;
  describe: string;
  builder(y: Argv): Argv<unknown>;
  // Method syntax on purpose: each module's handler takes its own flags (checked by its builder).
  run(argv: ArgumentsCamelCase<Record<string, unknown>>, ctx: CliContext): Promise<Outcome>;
}

/**
 * A command registered by its name and summary only: its module (flags, handler and everything they
 * import) loads when yargs picks it, so `--help` and every other command start without it. `command`
 * and `describe` must equal the module's own (a unit test checks they agree).
 */
export function lazyCommand(
  command: string,
  describe: string,
  load: () => Promise<LoadedCommand>,
): Command & { load: () => Promise<LoadedCommand> } {
  return {
    command,
    describe,
    load,
    register: (y, ctx, done) =>
      y.command(
        command,
        describe,
        async (inner) => (await load()).builder(withoutHelpCache(inner)),
        async (argv) => done(await (await load()).run(argv, ctx)),
      ),
  };
}

/**
 * yargs renders the chosen command's whole help text before running its handler, in case the handler
 * asks for it (`run` has 40 flags: ~100 ms of string-width on every start). No handler here prints
 * help, and `--help` itself still renders it on demand. Relies on a yargs internal, so it only
 * switches the cache off where that internal exists; elsewhere yargs behaves as before.
 */
function withoutHelpCache(y: Argv): Argv {
  const internals = (y as unknown as { getInternalMethods?: () => { getUsageInstance?: () => unknown } })
    .getInternalMethods?.()
    .getUsageInstance?.() as { cacheHelpMessage?: () => void } | undefined;
  if (typeof internals?.cacheHelpMessage === 'function') internals.cacheHelpMessage = () => undefined;
  return y;
}
