import type { Finding } from '../core/finding.js';
import type { DvvItem, ReadBack } from '../report/model.js';

/**
 * What a step carries to the collector through `task.meta.ptvr`. Plain JSON (it crosses from the
 * worker to the main process); everything in it is already redacted by the client.
 */
export interface CaseMeta {
  id: string;
  dvvItem: DvvItem;
  title: string;
  needs: string[];
  findings: Finding[];
  readBacks: ReadBack[];
  ptvMessages: string[];
  entityIds: string[];
  evidenceIds: string[];
  /** HTTP attempts of every request the step made (retries included). */
  attempts: number;
  blockedBy?: string;
  skipReason?: string;
  /** Wrote through an inferred v12 route (v12-migration.md §4.8). */
  provisional?: boolean;
}

export function newCaseMeta(m: { id: string; dvv: DvvItem; title: string; needs?: string[] }): CaseMeta {
  return {
    id: m.id,
    dvvItem: m.dvv,
    title: m.title,
    needs: [...(m.needs ?? [])],
    findings: [],
    readBacks: [],
    ptvMessages: [],
    entityIds: [],
    evidenceIds: [],
    attempts: 0,
  };
}
