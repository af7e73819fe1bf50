import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { defineCommand } from '../defineCommand.js';
import { effectiveEnv, secretsFromEnv } from '../../config/index.js';

export const cleanupCommand = defineCommand({
  command: 'cleanup <run-dir>',
  describe: 'Archive everything a run created and did not archive (idempotent; never on production)',
  builder: (y) =>
    y
      .positional('run-dir', { type: 'string', demandOption: true, describe: 'reports/<run-id> directory' })
      .option('secrets-file', { type: 'string', describe: 'File with PTV_USERNAME / PTV_PASSWORD' }),
  run: async (argv, ctx) => {
    const runDir = resolve(ctx.cwd, String(argv.runDir));
    const secrets = secretsFromEnv(effectiveEnv(ctx.env, ctx.cwd, argv.secretsFile));
    const { cleanupFiles, cleanupRun } = await import('../../engine/index.js');
    const r = await cleanupRun(runDir, secrets, ctx.signal, {
      onWarning: (m) => ctx.io.stderr.write(`warning: ${m}\n`),
    });
    const { archived, failed, live, orphans } = r.outcome;
    const orphanCount = orphans.archived + orphans.absent + orphans.failed;
    ctx.io.stdout.write(
      live === 0 && orphanCount === 0
        ? `Nothing to archive for ${r.runId}: every entity it created is archived.\n`
        : `Archived ${archived.length} of ${live} entities of ${r.runId}; ${r.remaining} still live.\n`,
    );
    if (orphanCount > 0) {
      ctx.io.stdout.write(
        `Creates cut off by a crash: ${orphans.archived} archived by sourceId, ${orphans.absent} never created, ${orphans.failed} failed.\n`,
      );
    }
    if (live > 0 || orphanCount > 0) {
      const own = Object.values(cleanupFiles(runDir)).filter((f) => existsSync(f));
      ctx.io.stdout.write(
        `Recorded in ${own.map((f) => basename(f)).join(', ')}; the run's own files are unchanged` +
          (existsSync(join(runDir, 'manifest.json'))
            ? ` and manifest.json lists these (ptv-readiness verify shows them).\n`
            : '.\n'),
      );
    }
    for (const f of failed) {
      ctx.io.stderr.write(
        `  could not archive ${f.entry.objectType} ${f.entry.id}: ${f.status ?? ''} ${f.message}\n`,
      );
    }
    if (ctx.signal.aborted) return 'interrupted';
    return r.remaining === 0 ? 'passed' : 'failed';
  },
});
