import { hasStringKeys, readNdjson } from '../core/readNdjson.js';
import type { EvidenceEntry } from '../core/evidenceEntry.js';

export const EVIDENCE_CAP = 2000;

/** Reads evidence.ndjson (torn or corrupt lines skipped); keeps the first `cap` entries, counts all. */
export function readEvidence(path: string, cap = EVIDENCE_CAP): { entries: EvidenceEntry[]; total: number } {
  const all = readNdjson(path, hasStringKeys<EvidenceEntry>('id'));
  return { entries: all.slice(0, cap), total: all.length };
}
