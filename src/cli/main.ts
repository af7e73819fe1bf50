import yargs from 'yargs';
import type { Argv } from 'yargs';
import { isPtvrError, PtvrError } from '../core/errors.js';
import { outcomeOfError, toExitCode, type Outcome } from '../core/exitCode.js';
import { redactUrlsIn } from '../core/redactor.js';
import { toolVersion } from '../core/toolVersion.js';
import type { CliContext } from './defineCommand.js';
import { commands } from './commands/index.js';

/** Flags that would put a secret on argv; each gets a hint to the environment variable instead. */
const SECRET_FLAGS: Record<string, string> = {
  '--password': 'PTV_PASSWORD',
  '--token': 'PTV_PASSWORD / the token manager',
  '--api-key': 'PTV_API_KEY',
};

/**
 * Parses argv and runs one command. Never exits the process: returns the exit code for bin.ts.
 * Usage errors become PTVR_USAGE (exit 2) instead of yargs' default exit 1 ("checks failed").
 */
export async function runCli(args: string[], ctx: CliContext): Promise<number> {
  const debug = args.includes('--debug');
  try {
    for (const a of args) {
      const flag = a.split('=')[0] ?? a;
      const env = SECRET_FLAGS[flag];
      if (env) {
        throw new PtvrError(
          'PTVR_SECRET_ON_ARGV',
          `${flag} is not accepted: secrets never go on the command line.`,
          {
            hint: `set ${env} in the environment or a .env / --secrets-file file`,
          },
        );
      }
    }
    let outcome: Outcome = 'passed';
    let y: Argv = yargs(args)
      .scriptName('ptv-readiness')
      .usage(
        '$0 <command> [options]\n\nReadiness tests, simulator and DVV test report for PTV IN-API integrations.',
      )
      .option('debug', { type: 'boolean', describe: 'Print stack traces for harness errors' })
      .strict()
      .demandCommand(1, 'Name a command.')
      .exitProcess(false)
      .help()
      .version(toolVersion())
      .wrap(Math.min(110, process.stdout.columns ?? 100))
      .epilogue('Exit codes: 0 ready, 1 checks failed, 2 usage or harness error, 130 interrupted.')
      .fail((msg, err) => {
        if (err) throw err;
        throw new PtvrError('PTVR_USAGE', msg, { hint: 'see ptv-readiness --help' });
      });
    for (const command of commands) y = command.register(y, ctx, (o) => (outcome = o));
    // yargs prints --help/--version itself; route its output through the injected stream.
    await y.parseAsync(args, {}, (err, _argv, output) => {
      if (!err && output) ctx.io.stdout.write(output + '\n');
    });
    return toExitCode(outcome);
  } catch (err) {
    printError(err, ctx, debug);
    return toExitCode(outcomeOfError(err));
  }
}

function printError(err: unknown, ctx: CliContext, debug: boolean): void {
  if (isPtvrError(err)) {
    // A URL in a message may carry a credential in a query parameter (?apikey=…): redact it here too.
    ctx.io.stderr.write(`${err.code}: ${redactUrlsIn(err.message)}\n`);
    if (err.hint) ctx.io.stderr.write(`  hint: ${redactUrlsIn(err.hint)}\n`);
    if (debug && err.stack) ctx.io.stderr.write(err.stack + '\n');
    return;
  }
  // Unexpected: this is a bug, so the stack is worth showing.
  const e = err instanceof Error ? err : new Error(String(err));
  ctx.io.stderr.write(`PTVR_INTERNAL: ${redactUrlsIn(e.message)}\n${redactUrlsIn(e.stack ?? '')}\n`);
}
