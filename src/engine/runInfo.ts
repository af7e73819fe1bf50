import { existsSync, readFileSync } from 'node:fs';
import { PtvrError } from '../core/errors.js';
import { redactUrl } from '../core/redactor.js';
import { writeFileAtomic } from '../core/writeFileAtomic.js';
import type { AuthShape, TargetName } from '../config/types.js';
import { runFile } from '../suite/runFiles.js';

/** run.json: what `cleanup` needs to reach the target again. Never holds a secret. */
export interface RunInfo {
  runId: string;
  createdAt: string;
  toolVersion: string;
  target: TargetName;
  apiUrl: string;
  tokenUrl: string;
  authShape: AuthShape;
  organizationId?: string;
  /** Sim target only: SQLite file the simulator persisted to (cleanup restarts a simulator on it). */
  simDb?: string;
  simProfile?: string;
}

export function writeRunInfo(runDir: string, info: RunInfo): void {
  // URLs with a credential in a query parameter are written redacted (cleanup then needs the flag again).
  const safe = { ...info, apiUrl: redactUrl(info.apiUrl), tokenUrl: redactUrl(info.tokenUrl) };
  writeFileAtomic(runFile(runDir, 'run'), JSON.stringify(safe, null, 2) + '\n');
}

export function readRunInfo(runDir: string): RunInfo {
  const path = runFile(runDir, 'run');
  if (!existsSync(path)) {
    throw new PtvrError('PTVR_RUN_DIR_INVALID', `No run.json in ${runDir}`, {
      hint: 'pass the directory of one run, e.g. reports/20261126T171500Z-sim-3f9a',
    });
  }
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as RunInfo;
    if (typeof v.apiUrl !== 'string' || typeof v.tokenUrl !== 'string' || typeof v.target !== 'string') {
      throw new Error('missing apiUrl / tokenUrl / target');
    }
    return v;
  } catch (err) {
    throw new PtvrError('PTVR_RUN_DIR_INVALID', `${path} is unreadable: ${(err as Error).message}`, {
      hint: 'run.json is written at run start; the directory may not be a ptv-readiness run',
      cause: err,
    });
  }
}
