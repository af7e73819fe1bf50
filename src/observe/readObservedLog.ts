import { join } from 'node:path';
import { forEachNdjson } from '../core/readNdjson.js';
import type { Observation } from './coverageBoard.js';
import type { ObservedLine, ObserveStart } from './observeTypes.js';

/** The observe log in a run directory: one line per exchange and per judgement, as they happen. */
export const OBSERVED_FILE = 'observed.ndjson';

/** An observation as the log holds it, with its evidence references. */
export interface ObservedRecord extends Observation {
  evidenceId: string;
  at: string;
  durationMs: number;
  judgeEvidenceIds: string[];
}

export interface ObservedLog {
  start?: ObserveStart;
  records: ObservedRecord[];
}

const isLine = (v: unknown): v is ObservedLine =>
  typeof v === 'object' &&
  v !== null &&
  ['start', 'exchange', 'judgement'].includes(String((v as { type?: unknown }).type));

/**
 * Reads observed.ndjson back (a torn last line after a kill is skipped). The live proxy builds its
 * report from this same file, so a report rendered after a SIGKILL is built the same way.
 */
export function readObservedLog(runDir: string): ObservedLog {
  const out: ObservedLog = { records: [] };
  const bySeq = new Map<number, ObservedRecord>();
  forEachNdjson(join(runDir, OBSERVED_FILE), isLine, (line) => {
    if (line.type === 'start') out.start = line;
    else if (line.type === 'exchange' && typeof line.classification === 'object') {
      const r: ObservedRecord = {
        seq: line.seq,
        classification: line.classification,
        evidenceId: line.evidenceId,
        at: line.at,
        durationMs: line.durationMs,
        judgeEvidenceIds: [],
      };
      bySeq.set(line.seq, r);
      out.records.push(r);
    } else if (line.type === 'judgement') {
      const r = bySeq.get(line.seq);
      if (r) {
        r.judgement = line.judgement;
        r.judgeEvidenceIds = line.evidenceIds ?? [];
      }
    }
  });
  out.records.sort((a, b) => a.seq - b.seq);
  return out;
}
