import { forEachNdjson, hasStringKeys } from '../core/readNdjson.js';
import type { EvidenceEntry } from '../core/evidenceEntry.js';
import { capEntry, MODEL_BODY_MAX } from './fitReportModel.js';

/**
 * Entries embedded in report.json at most. A faulted full run writes about 2,200; the report.json
 * budget (fitReportModel) bounds their size, this bounds their number.
 */
export const EVIDENCE_CAP = 10_000;

/**
 * Reads evidence.ndjson (torn or corrupt lines skipped); keeps the first `cap` entries with their
 * bodies cut to what the model keeps (evidence.ndjson holds up to 64 KB of each: reading them whole
 * would hold a hostile server's padding in memory twice), counts all.
 */
export function readEvidence(path: string, cap = EVIDENCE_CAP): { entries: EvidenceEntry[]; total: number } {
  const entries: EvidenceEntry[] = [];
  let total = 0;
  forEachNdjson(path, hasStringKeys<EvidenceEntry>('id'), (e) => {
    total += 1;
    if (entries.length < cap) entries.push(capEntry(e, MODEL_BODY_MAX));
  });
  return { entries, total };
}
