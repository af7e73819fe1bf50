import { existsSync } from 'node:fs';
import { isPtvrError, PtvrError } from '../core/errors.js';
import { readBoundedText, RUN_FILE_LIMITS } from '../core/readBoundedFile.js';
import { redactUrl } from '../core/redactor.js';
import { writeFileAtomic } from '../core/writeFileAtomic.js';
import type { AuthShape, TargetName } from '../config/types.js';
import type { RuleProfile } from '../core/vocabulary.js';
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
  /** What the suites ran with (`readback` runs the v12 suite with the same); absent in older files. */
  seed?: number;
  referenceDate?: string;
  ruleProfile?: RuleProfile;
  /** The read APIs (v12-migration.md §4.2); absent in older files = v11 only. */
  readApis?: string[];
  v12ApiUrl?: string;
  /** V12 read-back settings; `pending` when `--v12-defer` left it for `readback <run-dir>`. */
  v12?: { defer: boolean; waitMs: number; pollMs: number; pending: boolean; v12DelayMs?: number };
  /** `v12`: the run wrote through the v12 write profile; absent in older files = v11. */
  writeApi?: 'v11' | 'v12';
  /** The route map a `--write-api v12` run wrote through (no contents: file, status, sha256). */
  v12Routes?: { file: string; status: 'inferred' | 'published'; sha256: string };
}

export function writeRunInfo(runDir: string, info: RunInfo): void {
  // URLs with a credential in a query parameter are written redacted (cleanup then needs the flag again).
  const safe = {
    ...info,
    apiUrl: redactUrl(info.apiUrl),
    tokenUrl: redactUrl(info.tokenUrl),
    ...(info.v12ApiUrl !== undefined && { v12ApiUrl: redactUrl(info.v12ApiUrl) }),
  };
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
    // Bounded and regular files only: a symlink to /dev/zero or a FIFO is refused, not read.
    const text = readBoundedText(path, {
      code: 'PTVR_RUN_DIR_INVALID',
      what: 'run.json',
      maxBytes: RUN_FILE_LIMITS.run,
    });
    const v = JSON.parse(text) as Partial<RunInfo> | null;
    if (
      typeof v !== 'object' ||
      v === null ||
      typeof v.apiUrl !== 'string' ||
      typeof v.tokenUrl !== 'string' ||
      typeof v.target !== 'string' ||
      typeof v.runId !== 'string'
    ) {
      throw new Error('missing runId / apiUrl / tokenUrl / target');
    }
    return v as RunInfo;
  } catch (err) {
    if (isPtvrError(err)) throw err;
    throw new PtvrError(
      'PTVR_RUN_DIR_INVALID',
      `${path} is unreadable: ${(err as Error).message.slice(0, 200)}`,
      {
        hint: 'run.json is written at run start; the directory may not be a ptv-readiness run',
        cause: err,
      },
    );
  }
}
