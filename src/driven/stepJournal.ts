import { join } from 'node:path';
import { appendLineDurable } from '../core/appendLineDurable.js';
import type { Finding } from '../core/finding.js';
import { readNdjson } from '../core/readNdjson.js';
import type { ReadBack } from '../report/model.js';
import type { Capabilities, DrivenKind } from './drivenTypes.js';

/** `<run-dir>/driven/`: the journal and the per-step documents of a driven run. */
export const drivenDir = (runDir: string): string => join(runDir, 'driven');
export const journalPath = (runDir: string): string => join(drivenDir(runDir), 'journal.ndjson');

/** First line: what a resume needs to continue with the same marker, seed and material. */
export interface JournalStart {
  type: 'start';
  runId: string;
  marker: string;
  seed: number;
  referenceDate: string;
  startedAt: string;
  target: string;
  organizationId: string;
  driver: 'command' | 'manual';
}

/** The adapter changed the source system (the latency clock starts here). */
export interface JournalChange {
  type: 'change';
  step: string;
  record: string;
  at: string;
  sourceSystemId?: string;
  sourceId?: string;
}

/** A step's outcome. Non-final outcomes (not visible in time, blocked, adapter error) are redone on resume. */
export interface JournalResult {
  type: 'result';
  step: string;
  status: 'passed' | 'failed' | 'skipped';
  final: boolean;
  /** The PTV entity the step found (creates) or worked on. */
  ptvId?: string;
  /** PTV's `modified` at the last read: an update is visible when it moves. */
  modified?: string;
  changedAt?: string;
  visibleAt?: string;
  latencyMs?: number;
  /** Field comparison (T5) of what PTV holds with the step's ptvBody. */
  compare?: { readBacks: ReadBack[]; findings: Finding[] };
  findings: Finding[];
  evidenceIds: string[];
  reason?: string;
  blockedBy?: string;
  durationMs: number;
}

export interface JournalCapabilities {
  type: 'capabilities';
  capabilities: Capabilities;
}

/** A coded error that stopped the scenario (adapter failure) or an interrupt. */
export interface JournalStop {
  type: 'stop';
  at: string;
  code: string;
  message: string;
}

export type JournalLine = JournalStart | JournalChange | JournalResult | JournalCapabilities | JournalStop;

const TYPES = new Set(['start', 'change', 'result', 'capabilities', 'stop']);
const isLine = (v: unknown): v is JournalLine =>
  !!v && typeof v === 'object' && TYPES.has((v as { type?: unknown }).type as string);

/** Appends one line, fsynced (survives kill -9 like the ledger). */
export function appendJournal(runDir: string, line: JournalLine): void {
  appendLineDurable(journalPath(runDir), line);
}

export function readJournal(runDir: string): JournalLine[] {
  return readNdjson(journalPath(runDir), isLine);
}

/** What the scenario knows of one record (`service`, `echannel`, `connection/phone`, …). */
export interface RecordState {
  kind?: DrivenKind;
  sourceSystemId?: string;
  sourceId?: string;
  ptvId?: string;
  modified?: string;
  /** Case id of the step that failed to find it (for "blocked by"). */
  failedStep?: string;
}

/** The journal folded: the start line, the latest outcome per step, the pending changes, the records. */
export interface JournalState {
  start?: JournalStart;
  capabilities?: Capabilities;
  results: Map<string, JournalResult>;
  changes: Map<string, JournalChange>;
  stops: JournalStop[];
}

export function foldJournal(lines: readonly JournalLine[]): JournalState {
  const s: JournalState = { results: new Map(), changes: new Map(), stops: [] };
  for (const l of lines) {
    if (l.type === 'start') s.start ??= l;
    else if (l.type === 'capabilities') s.capabilities = l.capabilities;
    else if (l.type === 'change') s.changes.set(l.step, l);
    else if (l.type === 'result') s.results.set(l.step, l);
    else s.stops.push(l);
  }
  return s;
}
