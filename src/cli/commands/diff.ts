import { resolve } from 'node:path';
import { defineCommand } from '../defineCommand.js';

/**
 * `ptv-readiness diff <baseline-run> <candidate-run>` (v12-migration.md §4.6): cases by id and each
 * entity's final state by neutral key. Exit 0 when `--fail-on` finds nothing, 1 otherwise, 2 with
 * PTVR_DIFF_INCOMPATIBLE when a run is unreadable or invalid.
 */
export const diffCommand = defineCommand({
  command: 'diff <baseline-run> <candidate-run>',
  describe:
    'Compare two runs: cases (regression, fixed, coverage lost, added, removed) and entity fields by neutral key',
  builder: (y) =>
    y
      .positional('baseline-run', {
        type: 'string',
        demandOption: true,
        describe: 'The accepted run, e.g. reports/<v11-run-id>',
      })
      .positional('candidate-run', {
        type: 'string',
        demandOption: true,
        describe: 'The run to check against it',
      })
      .option('json', { type: 'boolean', describe: 'Print diff.json to stdout instead of the summary' })
      .option('format', {
        type: 'string',
        default: 'md',
        describe: 'Views written beside diff.json: md, html (comma-separated)',
      })
      .option('out', {
        type: 'string',
        describe: 'Output directory (not inside either run)',
        defaultDescription: '<parent of candidate>/diff-<baseline>-vs-<candidate>',
      })
      .option('fail-on', {
        choices: ['regression', 'coverage', 'any'] as const,
        default: 'regression' as const,
        describe: 'Exit 1 on regressions; coverage: also on coverage lost; any: also on removed cases',
      })
      .option('read-source', {
        choices: ['auto', 'v11', 'v12'] as const,
        default: 'auto' as const,
        describe: "Which read-back is an entity's final state; auto prefers v12 when the run has one",
      })
      .option('allow-seed-mismatch', {
        type: 'boolean',
        describe: 'Compare entity fields even when the runs used different seeds',
      }),
  run: async (argv, ctx) => {
    const { PtvrError } = await import('../../core/errors.js');
    const { diffRunDirs } = await import('../../diff/diffRunDirs.js');
    const { diffFails } = await import('../../diff/diffModel.js');
    const { formatDiffSummary } = await import('../../diff/renderDiff.js');
    const formats = argv.format
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean);
    const bad = formats.filter((f) => f !== 'md' && f !== 'html');
    if (bad.length) {
      throw new PtvrError('PTVR_USAGE', `--format ${bad.join(',')} is not a diff view.`, {
        hint: 'use md, html or md,html',
      });
    }
    const { result, outDir } = diffRunDirs(
      resolve(ctx.cwd, argv.baselineRun),
      resolve(ctx.cwd, argv.candidateRun),
      {
        readSource: argv.readSource,
        allowSeedMismatch: argv.allowSeedMismatch === true,
        formats: formats as ('md' | 'html')[],
        ...(argv.out !== undefined && { outDir: resolve(ctx.cwd, argv.out) }),
      },
    );
    if (argv.json) ctx.io.stdout.write(JSON.stringify(result, null, 2) + '\n');
    else ctx.io.stdout.write(formatDiffSummary(result, outDir));
    return diffFails(result, argv.failOn) ? 'failed' : 'passed';
  },
});
