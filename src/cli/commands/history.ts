import { resolve } from 'node:path';
import { defineCommand } from '../defineCommand.js';
import { loadConfigFile } from '../../config/index.js';
import { defaults } from '../../config/defaults.js';

/** `ptv-readiness history`: the runs of a reports directory, newest first, with the trend per DVV item. */
export const historyCommand = defineCommand({
  command: 'history',
  describe: 'List the runs of a reports directory, newest first, with the verdict trend per DVV item',
  builder: (y) =>
    y
      .option('out', {
        type: 'string',
        describe: 'Reports directory',
        defaultDescription: '"out" of the config file, else ./reports',
      })
      .option('config', {
        type: 'string',
        describe: 'Config file',
        defaultDescription: './ptv-readiness.config.json',
      })
      .option('json', { type: 'boolean', describe: 'Print the index (reports/index.json) as JSON' }),
  run: async (argv, ctx) => {
    const { loadRunIndex, writeRunIndex } = await import('../../rounds/runIndex.js');
    const { formatHistory } = await import('../../rounds/formatHistory.js');
    const outDir = resolve(
      ctx.cwd,
      argv.out ?? loadConfigFile(ctx.cwd, argv.config).config.out ?? defaults.out,
    );
    const { index, repaired } = loadRunIndex(outDir);
    if (repaired === 'corrupt') {
      ctx.io.stderr.write(`warning: ${outDir}/index.json was unreadable: rebuilt from the run directories\n`);
    }
    // A rebuilt or completed index is written back, so the next run and `bundle` start from it.
    if (repaired && index.runs.length > 0) writeRunIndex(outDir, index);
    if (argv.json) ctx.io.stdout.write(JSON.stringify(index, null, 2) + '\n');
    else ctx.io.stdout.write(formatHistory(index.runs).join('\n') + '\n');
    return 'passed';
  },
});
