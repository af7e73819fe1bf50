import { relative, sep } from 'node:path';
import { PtvrError } from '../core/errors.js';
import { annexPdfsOf, renderedLangsOf } from '../report/annexPdf.js';
import { recordAppendedFiles } from '../report/manifest.js';
import type { ReportModel } from '../report/model.js';
import { renderReports } from '../report/renderReports.js';

/**
 * Prints the annex PDF of a run that has none (`run` prints the document's PDF only), for the bundle
 * DVV gets: from the run's report model through the same printable view as `run --formats annex-pdf`,
 * in the languages the run's views were rendered in. The PDFs go into the run directory, recorded in
 * its manifest as appended by `bundle` (the run's own files stay as they were, and `verify` accepts
 * them); bundling again reuses them, so every repeat gives the same zip (a new print would carry a new
 * date). Returns the files printed, none when the run has its annex PDF already.
 */
export async function printAnnexPdf(
  runDir: string,
  model: ReportModel,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string[]> {
  if (annexPdfsOf(runDir).length > 0) return [];
  const langs = renderedLangsOf(runDir);
  const { written, errors } = await renderReports({
    runDir,
    model,
    formats: ['annex-pdf'],
    langs: langs.length > 0 ? langs : ['fi'],
    env,
  });
  const [error] = errors;
  if (error) {
    throw new PtvrError(error.code, `The annex PDF DVV gets could not be printed: ${error.message}`, {
      hint: `install Chromium (or set PTV_READINESS_CHROME), or print it where one is: \`ptv-readiness report ${runDir} --format annex-pdf\`; then bundle again`,
      cause: error,
    });
  }
  const files = written.map((p) => relative(runDir, p).split(sep).join('/'));
  recordAppendedFiles(runDir, files, 'bundle');
  return files;
}
