import { resolve } from 'node:path';
import { defineCommand } from '../defineCommand.js';
import { effectiveEnv, secretsFromEnv } from '../../config/index.js';
import { parseDuration } from '../../core/parseDuration.js';

/** `ptv-readiness readback <run-dir>`: finish the V12 cases a `run --v12-defer` left pending. */
export const readbackCommand = defineCommand({
  command: 'readback <run-dir>',
  describe: "Finish a run's pending V12 read-back (run --read-api v12 --v12-defer), re-render, then archive",
  builder: (y) =>
    y
      .positional('run-dir', { type: 'string', demandOption: true, describe: 'reports/<run-id> directory' })
      .option('v12-wait', {
        type: 'string',
        describe: 'Propagation deadline (<n>ms|s|m|h)',
        defaultDescription: "the run's",
      })
      .option('v12-poll', { type: 'string', describe: 'Poll interval', defaultDescription: "the run's" })
      .option('keep', { type: 'boolean', default: false, describe: 'Do not archive the material afterwards' })
      .option('secrets-file', {
        type: 'string',
        describe: 'File with PTV_USERNAME / PTV_PASSWORD / PTV_API_KEY',
      }),
  run: async (argv, ctx) => {
    const runDir = resolve(ctx.cwd, String(argv.runDir));
    const secrets = secretsFromEnv(effectiveEnv(ctx.env, ctx.cwd, argv.secretsFile));
    const { readbackRun } = await import('../../engine/readbackRun.js');
    const r = await readbackRun(runDir, secrets, {
      keep: argv.keep,
      signal: ctx.signal,
      line: (s) => void ctx.io.stdout.write(s + '\n'),
      ...(argv.v12Wait !== undefined && { waitMs: parseDuration('--v12-wait', argv.v12Wait) }),
      ...(argv.v12Poll !== undefined && { pollMs: parseDuration('--v12-poll', argv.v12Poll) }),
    });
    return r.outcome;
  },
});
