import { statSync } from 'node:fs';
import { join } from 'node:path';
import { PtvrError } from '../core/errors.js';
import { readBoundedText, RUN_FILE_LIMITS } from '../core/readBoundedFile.js';
import type { ReportModel } from './model.js';
import { validateReportModel } from './validateReportModel.js';

const HINT = 'pass a directory written by `ptv-readiness run`, e.g. reports/<run-id>';

/**
 * Reads `<runDir>/report.json` and validates it. PTVR_RUN_DIR_INVALID when it is not a run dir or
 * report.json is not a regular file of at most RUN_FILE_LIMITS.report bytes (a symlink to /dev/zero is
 * refused, not read); PTVR_REPORT_MODEL_INVALID when its content is not a report model.
 */
export function readReportModel(runDir: string): ReportModel {
  const file = join(runDir, 'report.json');
  let isDir = false;
  try {
    isDir = statSync(runDir).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) {
    throw new PtvrError('PTVR_RUN_DIR_INVALID', `${runDir} is not a run directory.`, { hint: HINT });
  }
  const text = readBoundedText(file, {
    code: 'PTVR_RUN_DIR_INVALID',
    what: 'report.json',
    maxBytes: RUN_FILE_LIMITS.report,
    hint: HINT,
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new PtvrError(
      'PTVR_REPORT_MODEL_INVALID',
      `${file} is not valid JSON: ${(err as Error).message.slice(0, 200)}`,
      {
        hint: 'report.json is written atomically by `run`; a broken file was edited or copied partially',
        cause: err,
      },
    );
  }
  return validateReportModel(json);
}
