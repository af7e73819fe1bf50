import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { PtvrError, isPtvrError } from '../core/errors.js';
import { writeFileAtomic } from '../core/writeFileAtomic.js';
import { readReportModel } from '../report/readReportModel.js';
import type { ReportModel } from '../report/model.js';
import type { DiffResult } from './diffModel.js';
import { diffRuns, type DiffOptions } from './diffRuns.js';
import { renderDiffHtml, renderDiffMarkdown } from './renderDiff.js';

export type DiffFormat = 'md' | 'html';

function readRun(dir: string, which: 'baseline' | 'candidate'): ReportModel {
  try {
    return readReportModel(dir);
  } catch (err) {
    if (!isPtvrError(err)) throw err;
    throw new PtvrError('PTVR_DIFF_INCOMPATIBLE', `The ${which} run cannot be compared: ${err.message}`, {
      hint: err.hint ?? 'pass two directories written by `ptv-readiness run`, e.g. reports/<run-id>',
      cause: err,
    });
  }
}

function inside(child: string, parent: string): boolean {
  const r = relative(parent, child);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}

/**
 * `diff`: reads both report.json files (schema 1 and later), compares them and writes diff.json plus
 * the asked views atomically to `outDir` (default `<parent of candidate>/diff-<a>-vs-<b>/`), never
 * inside either run directory (`verify` would count the files as extra).
 */
export function diffRunDirs(
  baselineDir: string,
  candidateDir: string,
  opts: DiffOptions & { outDir?: string; formats?: DiffFormat[] },
): { result: DiffResult; outDir: string } {
  const a = resolve(baselineDir);
  const b = resolve(candidateDir);
  const baseline = readRun(a, 'baseline');
  const candidate = readRun(b, 'candidate');
  const result = diffRuns(baseline, candidate, opts);
  const outDir = resolve(opts.outDir ?? join(dirname(b), `diff-${basename(a)}-vs-${basename(b)}`));
  if (inside(outDir, a) || inside(outDir, b)) {
    throw new PtvrError('PTVR_USAGE', `--out ${outDir} is inside a run directory.`, {
      hint: '`verify` would report the diff files as extra: pick a directory outside both runs',
    });
  }
  writeFileAtomic(join(outDir, 'diff.json'), JSON.stringify(result, null, 2) + '\n');
  const formats = opts.formats ?? ['md'];
  if (formats.includes('md')) writeFileAtomic(join(outDir, 'diff.md'), renderDiffMarkdown(result));
  if (formats.includes('html')) writeFileAtomic(join(outDir, 'diff.html'), renderDiffHtml(result));
  return { result, outDir };
}
