import { resolve } from 'node:path';
import { defineCommand } from '../defineCommand.js';
import { loadConfigFile } from '../../config/index.js';

/** `ptv-readiness bundle <run-dir> [<content-run-dir>]`: the zip and cover messages for DVV (issue #19). */
export const bundleCommand = defineCommand({
  command: 'bundle <run-dir> [content-run-dir]',
  describe:
    'Pack a run (and a content report) into one zip for DVV with ready-to-send messages; sends nothing',
  builder: (y) =>
    y
      .positional('run-dir', {
        type: 'string',
        demandOption: true,
        describe: 'Technical run directory, e.g. reports/<run-id> (a full run against CTE)',
      })
      .positional('content-run-dir', {
        type: 'string',
        describe: 'Directory written by `ptv-readiness content` for the same organisation',
      })
      .option('since', {
        type: 'string',
        describe: 'Run directory of the previous round: adds the changes since it',
        defaultDescription: 'the last bundled run of the same target',
      })
      .option('out', {
        type: 'string',
        describe: 'Zip file (….zip) or directory for it',
        defaultDescription: '<run-dir>/../ptv-readiness-<organisation>-<yyyy-mm-dd>.zip',
      })
      .option('allow-local', {
        type: 'boolean',
        describe: 'Bundle a run against a loopback or private address (testing the tool only; never for DVV)',
      })
      .option('config', {
        type: 'string',
        describe: 'Config file (contact person when report.json has none)',
        defaultDescription: './ptv-readiness.config.json',
      }),
  run: async (argv, ctx) => {
    const { bundleRun } = await import('../../rounds/bundleRun.js');
    const file = loadConfigFile(ctx.cwd, argv.config);
    const result = await bundleRun({
      runDir: resolve(ctx.cwd, argv.runDir),
      ...(argv.contentRunDir !== undefined && { contentDir: resolve(ctx.cwd, argv.contentRunDir) }),
      ...(argv.since !== undefined && { since: resolve(ctx.cwd, argv.since) }),
      ...(argv.out !== undefined && { out: resolve(ctx.cwd, argv.out) }),
      allowLocal: argv.allowLocal === true,
      ...(file.config.tester && { contact: file.config.tester }),
      warn: (m) => ctx.io.stderr.write(`warning: ${m}\n`),
      env: ctx.env,
      onPrinting: () => ctx.io.stderr.write('The run has no annex PDF: printing it (Chromium)…\n'),
    });
    const out = ctx.io.stdout;
    if (result.printed.length > 0)
      out.write(
        `printed ${result.printed.join(', ')} into the run directory (manifest: appended by bundle)\n`,
      );
    out.write(`wrote ${result.file}\n`);
    for (const e of result.entries) out.write(`  ${e}\n`);
    if (result.changes) {
      const c = result.changes;
      out.write(
        `changes since ${c.from.id}: ${c.items.length} item(s), ${c.findingsFixed.length} finding(s) fixed, ${c.findingsNew.length} new (changes.md)\n`,
      );
    } else {
      out.write('no previous round of this target: no changes section (--since <run-dir> names one)\n');
    }
    if (result.local) {
      ctx.io.stderr.write(
        'warning: the run targeted a local address (--allow-local): for testing only, not for DVV\n',
      );
    }
    if (result.model.status === 'failed') {
      ctx.io.stderr.write('warning: the run is NOT READY: DVV will not approve it as it is\n');
    }
    out.write('Nothing was sent. Mail the zip with message.fi.txt or message.en.txt to ptv-tuki@dvv.fi.\n');
    return 'passed';
  },
});
