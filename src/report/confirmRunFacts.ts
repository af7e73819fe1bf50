import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { capString } from '../core/capString.js';
import type { EvidenceEntry } from '../core/evidenceEntry.js';
import { PtvrError } from '../core/errors.js';
import { forEachNdjson, hasStringKeys } from '../core/readNdjson.js';
import { readBoundedText, RUN_FILE_LIMITS } from '../core/readBoundedFile.js';
import { RUN_FILES } from '../suite/runFiles.js';
import { MANIFEST, matchesManifest, readManifest } from './manifest.js';
import type { ReportModel } from './model.js';

/** Origin of a URL (scheme, host, port), or the text itself when it does not parse. */
function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/** What `report` takes from run.json (written by `run` at start, see engine/runInfo.ts). */
export interface RunFacts {
  runId: string;
  target: string;
  apiUrl: string;
  tokenUrl: string;
}

/** run.json: a regular file of at most 1 MB with the run id, target name and URLs, else PTVR_RUN_DIR_INVALID. */
export function readRunFacts(runDir: string): RunFacts {
  const path = join(runDir, RUN_FILES.run);
  const hint =
    'run.json is written by `ptv-readiness run` when the target starts; without it the target cannot be confirmed';
  const text = readBoundedText(path, {
    code: 'PTVR_RUN_DIR_INVALID',
    what: RUN_FILES.run,
    maxBytes: RUN_FILE_LIMITS.run,
    hint,
  });
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (err) {
    throw new PtvrError('PTVR_RUN_DIR_INVALID', `${path} is not valid JSON.`, { hint, cause: err });
  }
  const o = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
  const facts = { runId: o.runId, target: o.target, apiUrl: o.apiUrl, tokenUrl: o.tokenUrl };
  if (!Object.values(facts).every((x) => typeof x === 'string')) {
    throw new PtvrError('PTVR_RUN_DIR_INVALID', `${path} lacks runId / target / apiUrl / tokenUrl.`, {
      hint,
    });
  }
  return facts as RunFacts;
}

function disagree(what: string, reportSays: string, runSays: string): PtvrError {
  return new PtvrError(
    'PTVR_REPORT_MODEL_INVALID',
    `report.json disagrees with the run's own records: ${what} is ${capString(reportSays, 200)} in report.json but ${capString(runSays, 200)} in run.json / evidence.`,
    {
      hint: 'report.json was edited after the run; re-render only unedited runs (the target, the simulator flag and the watermark come from run.json)',
    },
  );
}

/** Files of the run whose digest must still be the one in manifest.json before `report` trusts them. */
const COVERED = [RUN_FILES.run, RUN_FILES.report, RUN_FILES.evidence] as const;

/**
 * The facts a report must not be able to change by editing report.json — which run, which target,
 * simulated or not (and so the watermark) — come from run.json and evidence.ndjson, which the run wrote
 * and manifest.json covers. Refuses (PTVR_MANIFEST_MISMATCH) when a covered file changed since the
 * manifest was written, and (PTVR_REPORT_MODEL_INVALID) when report.json disagrees with them; returns
 * the model with its target facts taken from run.json.
 */
export function confirmRunFacts(runDir: string, model: ReportModel): ReportModel {
  const info = readRunFacts(runDir);
  if (existsSync(join(runDir, MANIFEST))) {
    const manifest = readManifest(runDir);
    for (const rel of COVERED) {
      const listed = Object.hasOwn(manifest.files, rel);
      if (!listed && !existsSync(join(runDir, rel))) continue;
      if (!matchesManifest(runDir, manifest, rel)) {
        throw new PtvrError(
          'PTVR_MANIFEST_MISMATCH',
          `${rel} ${listed ? 'changed' : 'appeared'} after the run wrote ${MANIFEST}; the report is not re-rendered from it.`,
          {
            hint: 'run `ptv-readiness verify <run-dir>` to see every difference; re-run to get a fresh report',
          },
        );
      }
    }
  }
  if (model.run.id !== info.runId) throw disagree('the run id', model.run.id, info.runId);
  if (model.target.name !== info.target) throw disagree('the target', model.target.name, info.target);
  const simulated = info.target === 'sim';
  if (model.target.simulated !== simulated) {
    throw disagree('"simulated"', String(model.target.simulated), String(simulated));
  }
  const origins = new Set([originOf(info.apiUrl), originOf(info.tokenUrl)]);
  if (originOf(model.target.apiUrl) !== originOf(info.apiUrl)) {
    throw disagree('the API URL', model.target.apiUrl, info.apiUrl);
  }
  if (originOf(model.target.tokenUrl) !== originOf(info.tokenUrl)) {
    throw disagree('the token URL', model.target.tokenUrl, info.tokenUrl);
  }
  // Every request the run made went to the run's own target: evidence naming another host is not this run's.
  const check = (e: { url: string }): void => {
    if (!origins.has(originOf(e.url))) throw disagree('a request host', e.url, [...origins].join(' / '));
  };
  model.evidence.forEach(check);
  forEachNdjson(join(runDir, RUN_FILES.evidence), hasStringKeys<EvidenceEntry>('id', 'url'), check);
  return { ...model, target: { ...model.target, name: info.target, simulated } };
}
