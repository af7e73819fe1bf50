import { isPtvrError, PtvrError } from '../core/errors.js';
import type { Outcome } from '../core/exitCode.js';
import type { Io } from '../core/io.js';
import type { Redactor } from '../core/redactor.js';
import { writeFileAtomic } from '../core/writeFileAtomic.js';
import { writeManifest } from '../report/index.js';
import type { ReportModel } from '../report/model.js';
import { runFile } from '../suite/runFiles.js';
import type { PhaseTimes } from './phaseTimes.js';
import { applyRenderErrors } from './renderOutcome.js';
import { secretsToScan } from './runGuards.js';
import { scanForSecrets, secretLeakError } from './scanForSecrets.js';
import type { StartedTarget } from './startTarget.js';

export interface SealInput {
  runDir: string;
  /** report.json as already written. */
  model: ReportModel;
  /** The verdict before rendering: a failed view or a leaked secret can only make it worse. */
  outcome: Outcome;
  /** Renders the views; the errors of views that failed are returned, not thrown. */
  render: () => Promise<PtvrError[]>;
  /** Runs after rendering, failed or not (the PDF printer is closed there). */
  afterRender?: () => Promise<void>;
  io: Io;
  redactor: Redactor;
  target: StartedTarget | undefined;
  progress: { finish(): void };
  times?: PhaseTimes;
}

export interface Sealed {
  outcome: Outcome;
  model: ReportModel;
  /** A secret was found in the run directory: status error, no manifest. */
  leaked: boolean;
}

/**
 * The end of every run that writes a report (`run`, driven runs): render the views, then scan the
 * directory for the run's secrets, and only when none is found write the manifest that makes the
 * directory a verifiable report.
 */
export async function sealRunDir(o: SealInput): Promise<Sealed> {
  let outcome = o.outcome;
  try {
    const renderErrors = await o.render();
    o.progress.finish();
    outcome = applyRenderErrors(
      outcome,
      renderErrors,
      (s) => o.io.stderr.write(s),
      (s) => o.redactor.redactString(s),
    );
  } catch (err) {
    o.progress.finish();
    const e = isPtvrError(err)
      ? err
      : new PtvrError('PTVR_TEMPLATE_RENDER', String((err as Error)?.message ?? err));
    o.io.stderr.write(`${e.code}: ${o.redactor.redactString(e.message)}\n`);
    if (outcome !== 'interrupted') outcome = 'error';
  } finally {
    await o.afterRender?.();
  }
  const scan = () => scanForSecrets(o.runDir, secretsToScan(o.redactor, o.target));
  const hits = o.times ? o.times.timeSync('secret scan', scan) : scan();
  if (hits.length > 0) {
    const leak = secretLeakError(hits);
    o.io.stderr.write(`${leak.code}: ${leak.message}\n  hint: ${leak.hint}\n`);
    // No manifest: the directory must not look like a shareable, verified report.
    const leaked: ReportModel = {
      ...o.model,
      status: 'error',
      errors: [...o.model.errors, { code: leak.code, message: leak.message }],
    };
    writeFileAtomic(runFile(o.runDir, 'report'), JSON.stringify(leaked, null, 2) + '\n');
    return { outcome: 'error', model: leaked, leaked: true };
  }
  writeManifest(o.runDir);
  return { outcome, model: o.model, leaked: false };
}
