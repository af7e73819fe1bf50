import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineCommand } from '../defineCommand.js';
import { defaults } from '../../config/defaults.js';
import { REPORT_FORMATS } from '../../core/vocabulary.js';

/** `ptv-readiness report <run-dir>`: re-render the views of a past run from its report.json. */
export const reportCommand = defineCommand({
  command: 'report <run-dir>',
  describe:
    'Re-render the DVV test report and its annex (HTML, PDF, Markdown, JUnit) of a past run from its report.json; for an observe run killed before it wrote one, build it from the recorded observe log',
  builder: (y) =>
    y
      .positional('run-dir', {
        type: 'string',
        demandOption: true,
        describe: 'Run directory, e.g. reports/<run-id>',
      })
      .option('format', {
        alias: 'formats',
        type: 'string',
        describe: `Comma-separated formats: ${REPORT_FORMATS.join(',')} (html and md each write the document report.* and its annex annex.*; pdf prints the document, annex-pdf its annex)`,
        defaultDescription: defaults.formats.join(','),
      })
      .option('lang', {
        alias: 'langs',
        type: 'string',
        describe:
          'fi, en or fi,en (several: report.<lang>.* and annex.<lang>.* each, report.* / annex.* = the first)',
        defaultDescription: defaults.rerenderLangs.join(','),
      }),
  run: async (argv, ctx) => {
    const runDir = resolve(ctx.cwd, argv.runDir);
    // The renderer (handlebars, ajv) loads only when this command runs.
    const { parseFormats, parseLangs, renderReports, writeManifest, readReportModel, confirmRunFacts } =
      await import('../../report/index.js');
    const formats = parseFormats(argv.format);
    const langs = parseLangs(argv.lang);
    // An observe run stopped by a kill has its log but no report.json: build the report from the log.
    if (!existsSync(join(runDir, 'report.json'))) {
      const { isObservedRun, finishObserve } = await import('../../observe/finishObserve.js');
      if (isObservedRun(runDir)) {
        const r = await finishObserve({ runDir, formats, langs, recovered: true });
        ctx.io.stdout.write(`built report.json from the observe log (${r.model.cases.length} cases)\n`);
        for (const e of r.errors) ctx.io.stderr.write(`${e.code}: ${e.message}\n`);
        return r.errors.length > 0 ? 'error' : 'passed';
      }
    }
    // Target, simulator flag and watermark come from the run's own records, not from report.json alone.
    const model = confirmRunFacts(runDir, readReportModel(runDir));
    const { written, errors } = await renderReports({ runDir, model, formats, langs, env: ctx.env });
    // The manifest covers whatever is in the directory now, so `verify` matches this render.
    writeManifest(runDir);
    for (const path of written) ctx.io.stdout.write(`wrote ${path}\n`);
    for (const e of errors) {
      ctx.io.stderr.write(`${e.code}: ${e.message}\n`);
      if (e.hint) ctx.io.stderr.write(`  hint: ${e.hint}\n`);
    }
    return errors.length > 0 ? 'error' : 'passed';
  },
});
