import { capString } from '../core/capString.js';
import type { EvidenceEntry } from '../core/evidenceEntry.js';
import type { ReportModel } from '../report/model.js';

/**
 * Size budget of report.json (pretty-printed). A full run on the simulator writes about 5 MB; the
 * budget leaves room for real PTV answers and still keeps every view and its PDF renderable.
 */
export const REPORT_JSON_BUDGET = 32 * 1024 * 1024;

/**
 * Evidence body size kept in the report model (a full simulator run's largest body is 12 KB, 99 % are
 * under 9 KB; the HTML shows the first 800 characters); evidence.ndjson keeps up to 64 KB of each.
 */
const BODY_STEPS = [8 * 1024, 2 * 1024, 512, 0];
/** The largest evidence body the model keeps: readers may cap at this as they read. */
export const MODEL_BODY_MAX = BODY_STEPS[0]!;

/** Same capping as evidence bodies (prefix + original size + SHA-256), on UTF-16 units. */
function capBody(body: string | undefined, max: number): string | undefined {
  if (body === undefined) return undefined;
  if (max === 0) return body.length === 0 ? body : capString(body, 0);
  return capString(body, max);
}

export function capEntry(e: EvidenceEntry, bodyMax: number): EvidenceEntry {
  const requestBody = capBody(e.requestBody, bodyMax);
  const responseBody = capBody(e.responseBody, bodyMax);
  const cut = requestBody !== e.requestBody || responseBody !== e.responseBody;
  return {
    ...e,
    ...(requestBody !== undefined && { requestBody }),
    ...(responseBody !== undefined && { responseBody }),
    ...((cut || e.truncated) && { truncated: true }),
  };
}

/**
 * UTF-8 size of report.json, estimated from the compact JSON (runReadiness indents it, which adds
 * about 15 %; the budget leaves room for that) so the check holds one string less in memory.
 */
export function reportJsonBytes(model: ReportModel): number {
  return Math.ceil(Buffer.byteLength(JSON.stringify(model)) * 1.15);
}

/**
 * Fits the model into `budget` bytes of report.json: first evidence bodies shrink step by step (the
 * full bodies stay in evidence.ndjson), then evidence entries are dropped from the end
 * (`evidenceTotal` still counts them all). Cases, verdict and material are never dropped: they are
 * capped per value when collected (capCase), which bounds them.
 */
export function fitReportModel(model: ReportModel, budget = REPORT_JSON_BUDGET): ReportModel {
  let m = model;
  for (const step of BODY_STEPS) {
    m = { ...model, evidence: model.evidence.map((e) => capEntry(e, step)) };
    if (reportJsonBytes(m) <= budget) return m;
  }
  // Still over: keep the evidence prefix that fits, by halving.
  let keep = m.evidence.length;
  while (keep > 0 && reportJsonBytes(m) > budget) {
    keep = Math.floor(keep / 2);
    m = { ...m, evidence: m.evidence.slice(0, keep) };
  }
  return m;
}
