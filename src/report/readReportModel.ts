import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PtvrError } from '../core/errors.js';
import type { ReportModel } from './model.js';
import { validateReportModel } from './validateReportModel.js';

/** Reads `<runDir>/report.json` and validates it; PTVR_RUN_DIR_INVALID when it is not a run dir. */
export function readReportModel(runDir: string): ReportModel {
  const file = join(runDir, 'report.json');
  let text: string;
  try {
    if (!statSync(runDir).isDirectory()) throw new Error('not a directory');
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new PtvrError(
      'PTVR_RUN_DIR_INVALID',
      `${runDir} is not a run directory: no readable report.json.`,
      {
        hint: 'pass a directory written by `ptv-readiness run`, e.g. reports/<run-id>',
        cause: err,
      },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new PtvrError('PTVR_INPUT_INVALID_JSON', `${file} is not valid JSON: ${(err as Error).message}`, {
      hint: 'report.json is written atomically by `run`; a broken file was edited or copied partially',
      cause: err,
    });
  }
  return validateReportModel(json);
}
