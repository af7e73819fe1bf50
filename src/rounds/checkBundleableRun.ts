import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DVV_REQUIRED, SUITE_IDS } from '../core/vocabulary.js';
import { PtvrError } from '../core/errors.js';
import { confirmRunFacts } from '../report/confirmRunFacts.js';
import { MANIFEST, verifyManifest } from '../report/manifest.js';
import type { ReportModel } from '../report/model.js';
import { readReportModel } from '../report/readReportModel.js';
import { isLocalUrl } from './isLocalUrl.js';

export interface BundleableRun {
  model: ReportModel;
  /** Run-dir-relative files that go into the bundle, sorted. */
  files: string[];
  /** The target is a loopback / private address (only with allowLocal). */
  local: boolean;
}

const refuse = (message: string, hint: string): PtvrError =>
  new PtvrError('PTVR_BUNDLE_REFUSED', message, { hint });

/**
 * The DVV documents of a run: per language (`report.fi.pdf`, `report.en.pdf`) when the run rendered
 * several, else the plain-named one; the document and its annex, PDF and HTML; with report.json and
 * manifest.json. The plain-named copy of the primary language is the same bytes and left out.
 */
export function documentsOf(runDir: string): string[] {
  const has = (f: string): boolean => existsSync(join(runDir, f));
  const files = ['report.json', MANIFEST];
  for (const base of ['report', 'annex']) {
    for (const ext of ['pdf', 'html']) {
      const perLang = ['fi', 'en'].map((l) => `${base}.${l}.${ext}`).filter(has);
      files.push(...(perLang.length > 0 ? perLang : [`${base}.${ext}`].filter(has)));
    }
  }
  return files.sort();
}

/** A scripted run must have selected every suite (no `--suites` subset). */
function suitesNotRun(model: ReportModel): string | undefined {
  const ran = model.run.suites.map((x) => x.toLowerCase());
  // The v12 read-back is an optional pre-check, not one of DVV's items.
  const missing = SUITE_IDS.filter((s) => s !== 'v12' && !ran.includes(s));
  return missing.length > 0
    ? `it ran only --suites ${model.run.suites.join(',')} (not ${missing.join(',')})`
    : undefined;
}

/**
 * An observed or driven run has no suite selection (`run.suites` names the actor): it is complete
 * when every DVV item was demonstrated, passed or failed, by the organisation's own integration.
 */
function itemsNotShown(model: ReportModel): string | undefined {
  const shown = new Set(
    (model.items ?? []).filter((i) => i.status === 'passed' || i.status === 'failed').map((i) => i.id),
  );
  const missing = DVV_REQUIRED.filter((id) => !shown.has(id));
  return missing.length > 0 ? `its integration did not demonstrate ${missing.join(', ')}` : undefined;
}

/** Why a run is not a complete test of every DVV item, or undefined when it is. */
export function incompleteness(model: ReportModel): string | undefined {
  const why = model.actor && model.actor !== 'builtin' ? itemsNotShown(model) : suitesNotRun(model);
  if (why) return why;
  switch (model.status) {
    case 'partial': {
      const items = [...(model.coverage?.notRun ?? []), ...(model.coverage?.incomplete ?? [])];
      return `its verdict is PARTIAL${items.length ? `: DVV items not run or with skipped cases: ${items.join(', ')}` : ''}`;
    }
    case 'rehearsal':
      return 'it is a v12 rehearsal through inferred write routes (provisional, not valid for submission)';
    case 'interrupted':
      return 'it was interrupted';
    case 'not-run':
      return `it stopped before any case ran${model.errors[0] ? ` (${model.errors[0].code})` : ''}`;
    case 'error':
      return `it ended on a harness error${model.errors[0] ? ` (${model.errors[0].code})` : ''}`;
    default:
      return undefined;
  }
}

/**
 * Checks that a run directory can go to DVV and names its files: intact against its manifest, not a
 * simulator run, every suite selected and run to the end (READY or NOT READY), not a loopback or
 * private target unless `allowLocal`, and its document rendered as PDF and HTML.
 */
export function checkBundleableRun(runDir: string, opts: { allowLocal: boolean }): BundleableRun {
  const verified = verifyManifest(runDir);
  if (!verified.ok) {
    const named = [...verified.changed, ...verified.missing, ...verified.extra].slice(0, 5).join(', ');
    throw new PtvrError(
      'PTVR_MANIFEST_MISMATCH',
      `${runDir} differs from its ${MANIFEST} (${verified.changed.length} changed, ${verified.missing.length} missing, ${verified.extra.length} extra: ${named}); it is not bundled.`,
      { hint: `\`ptv-readiness verify ${runDir}\` lists the files; restore them or run the test again` },
    );
  }
  // Target and simulator flag as the run's own run.json and evidence record them.
  const model = confirmRunFacts(runDir, readReportModel(runDir));
  if (model.target.simulated || model.target.name === 'sim') {
    throw refuse(
      `${model.run.id} ran against the ptv-readiness simulator: a rehearsal, not evidence DVV accepts.`,
      'run the test against the Customer Test Environment (`ptv-readiness run --target cte`) and bundle that run',
    );
  }
  const why = incompleteness(model);
  if (why) {
    throw refuse(
      `${model.run.id} is not a complete test of every DVV item: ${why}.`,
      'bundle a full run (`ptv-readiness run --target cte` with no --suites) that ran to the end',
    );
  }
  const local = isLocalUrl(model.target.apiUrl) || isLocalUrl(model.target.tokenUrl);
  if (local && !opts.allowLocal) {
    throw refuse(
      `${model.run.id} targeted a loopback or private address (${model.target.apiUrl}), not DVV's environment.`,
      'bundle a run against the Customer Test Environment; --allow-local bundles it anyway, for testing the tool only',
    );
  }
  const files = documentsOf(runDir);
  const pdf = files.some((f) => /^report(\.\w+)?\.pdf$/.test(f));
  const html = files.some((f) => /^report(\.\w+)?\.html$/.test(f));
  if (!pdf || !html) {
    throw refuse(
      `${model.run.id} has no ${!pdf ? 'PDF' : 'HTML'} of the technical report: DVV gets the document as PDF, with the HTML beside it.`,
      `render it: \`ptv-readiness report ${runDir} --format html,pdf,md,junit --lang fi,en\` (needs Chromium), then bundle again`,
    );
  }
  return { model, files, local };
}
