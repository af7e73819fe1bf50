import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isPtvrError, PtvrError } from '../core/errors.js';
import { writeFileAtomic } from '../core/writeFileAtomic.js';
import { readEvidence } from '../engine/readEvidence.js';
import { scanForSecrets, secretLeakError } from '../engine/scanForSecrets.js';
import type { Lang } from '../report/labels.js';
import { writeManifest } from '../report/manifest.js';
import { renderReports, type ReportFormat } from '../report/renderReports.js';
import { runFile } from '../suite/runFiles.js';
import { buildObservedModel } from './buildObservedModel.js';
import type { ObserveResult } from './startObserve.js';
import { OBSERVED_FILE, readObservedLog } from './readObservedLog.js';

export interface FinishOptions {
  runDir: string;
  /** Default: the end of the last recorded exchange (a recovered run has no better clock). */
  finishedAt?: Date;
  formats: ReportFormat[];
  langs: Lang[];
  /** Secrets the live proxy learned (memory only): the written files are scanned for them. */
  secrets?: readonly string[];
  /** Rebuilding after a kill (`report <dir>` with no report.json). */
  recovered?: boolean;
  errors?: { code: string; message: string }[];
  onPhase?: (files: string[]) => void;
}

function lastActivity(records: readonly { at: string; durationMs: number }[], startedAt: string): Date {
  const ends = records.map((r) => Date.parse(r.at) + r.durationMs).filter((t) => Number.isFinite(t));
  return new Date(Math.max(Date.parse(startedAt), ...ends));
}

/** True when the directory is an observe run (it has the observe log). */
export function isObservedRun(runDir: string): boolean {
  return existsSync(join(runDir, OBSERVED_FILE));
}

/**
 * Builds the observe report from the recorded log (the same path live and after a SIGKILL), writes
 * report.json atomically, renders the views, scans for leaked secrets and writes the manifest.
 */
export async function finishObserve(o: FinishOptions): Promise<ObserveResult> {
  const log = readObservedLog(o.runDir);
  if (!log.start) {
    throw new PtvrError('PTVR_RUN_DIR_INVALID', `${o.runDir} holds no observe log start line`, {
      hint: 'pass a directory written by `ptv-readiness observe`',
    });
  }
  const errors = [...(o.errors ?? [])];
  let model = buildObservedModel({
    start: log.start,
    records: log.records,
    finishedAt: o.finishedAt ?? lastActivity(log.records, log.start.startedAt),
    evidence: readEvidence(runFile(o.runDir, 'evidence')),
    errors,
    ...(o.recovered && { recovered: true }),
  });
  writeFileAtomic(runFile(o.runDir, 'report'), JSON.stringify(model, null, 2) + '\n');
  const out: { code: string; message: string }[] = [];
  try {
    const r = await renderReports({
      runDir: o.runDir,
      model,
      formats: o.formats,
      langs: o.langs,
      ...(o.onPhase && { onPhase: (_p: string, files: string[]) => o.onPhase!(files) }),
    });
    for (const e of r.errors) out.push({ code: e.code, message: e.message });
  } catch (err) {
    const e = isPtvrError(err)
      ? err
      : new PtvrError('PTVR_TEMPLATE_RENDER', String((err as Error)?.message ?? err));
    out.push({ code: e.code, message: e.message });
  }
  const hits = o.secrets ? scanForSecrets(o.runDir, o.secrets) : [];
  if (hits.length > 0) {
    const leak = secretLeakError(hits);
    out.push({ code: leak.code, message: leak.message });
    // No manifest: the directory must not look like a shareable, verified report.
    model = {
      ...model,
      status: 'error',
      errors: [...model.errors, { code: leak.code, message: leak.message }],
    };
    writeFileAtomic(runFile(o.runDir, 'report'), JSON.stringify(model, null, 2) + '\n');
  } else writeManifest(o.runDir);
  return { runDir: o.runDir, status: model.status, items: model.items ?? [], errors: out, model };
}
