import { existsSync, readFileSync } from 'node:fs';
import type { EvidenceEntry } from '../core/evidenceEntry.js';

export const EVIDENCE_CAP = 2000;

/** Reads evidence.ndjson (torn or corrupt lines skipped); keeps the first `cap` entries, counts all. */
export function readEvidence(path: string, cap = EVIDENCE_CAP): { entries: EvidenceEntry[]; total: number } {
  if (!existsSync(path)) return { entries: [], total: 0 };
  const entries: EvidenceEntry[] = [];
  let total = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      continue;
    }
    if (!v || typeof v !== 'object' || typeof (v as EvidenceEntry).id !== 'string') continue;
    total += 1;
    if (entries.length < cap) entries.push(v as EvidenceEntry);
  }
  return { entries, total };
}
