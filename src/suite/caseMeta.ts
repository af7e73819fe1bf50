import type { Finding } from '../core/finding.js';
import type { CaseV12, DvvItem, ReadBack } from '../report/model.js';

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
  /** Depends on an inferred v12 write route (§4.8). */
  provisional?: boolean;
  /** A V12 per-role case's timing (§4.11). */
  v12?: CaseV12;
  /**
   * Cases whose ids exist only at run time (one `V12-<role>` per entity the run wrote): the collector
   * reports them in place of this step (see `StepContext.subCase`).
   */
  subCases?: CaseMeta[];
  /** The case's own duration: from its place (caseSlots.ts) on for a step, its body for a sub-case. */
  durationMs?: number;
}

/** The start of the error a step throws when only its sub-cases failed (the collector drops that step). */
export const SUB_CASES_FAILED = 'sub-cases failed';

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
