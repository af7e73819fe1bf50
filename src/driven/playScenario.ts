import { join } from 'node:path';
import { appendLineDurable } from '../core/appendLineDurable.js';
import { isPtvrError, PtvrError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import type { LedgerEntry } from '../core/ledgerEntry.js';
import { writeFileAtomic } from '../core/writeFileAtomic.js';
import { runFile } from '../suite/runFiles.js';
import { awaitVisible } from './awaitVisible.js';
import { AdapterError } from './commandDriver.js';
import type { Capabilities, ChangeRequest, Driver, DrivenRef, ScenarioStep } from './drivenTypes.js';
import type { Get } from './findInPtv.js';
import { materialOf } from './material.js';
import { markerOf, ptvBodyFor, recordTag, type BodyContext } from './ptvBodies.js';
import {
  appendJournal,
  drivenDir,
  type JournalResult,
  type JournalStart,
  type JournalState,
  type RecordState,
} from './stepJournal.js';

export interface ScenarioOptions {
  runDir: string;
  start: JournalStart;
  state: JournalState;
  steps: readonly ScenarioStep[];
  driver: Driver;
  capabilities: Capabilities;
  /** Reads with the tool's own client, evidence under the step's case id. */
  getFor: (caseId: string) => Get;
  syncTimeoutMs: number;
  pollMs: number;
  signal: AbortSignal;
  line: (s: string) => void;
  now?: () => Date;
}

export interface ScenarioOutcome {
  /** The coded error that stopped the scenario (adapter failure), if any. */
  stoppedBy?: PtvrError;
  interrupted: boolean;
}

const OBJECT_TYPE = (kind: string): LedgerEntry['objectType'] =>
  kind === 'organization' ? 'Organization' : kind === 'service' ? 'Service' : 'ServiceChannel';
const CHANNEL_TYPE: Record<string, LedgerEntry['channelType']> = {
  'channel/echannel': 'EChannel',
  'channel/phone': 'Phone',
  'channel/webpage': 'WebPage',
  'channel/printableform': 'PrintableForm',
  'channel/servicelocation': 'ServiceLocation',
};

/** Folds the journal's outcomes into what the scenario knows of each record. */
export function recordsOf(steps: readonly ScenarioStep[], state: JournalState): Map<string, RecordState> {
  const records = new Map<string, RecordState>();
  for (const step of steps) {
    const r = records.get(step.record) ?? { kind: step.kind };
    const change = state.changes.get(step.key);
    if (change?.sourceSystemId) r.sourceSystemId = change.sourceSystemId;
    if (change?.sourceId) r.sourceId = change.sourceId;
    const res = state.results.get(step.key);
    if (res?.ptvId && res.status === 'passed') r.ptvId = res.ptvId;
    if (res?.modified) r.modified = res.modified;
    records.set(step.record, r);
  }
  return records;
}

/**
 * Plays the scenario's steps through the driver: change → sync → wait until PTV shows it → compare.
 * Every change and outcome is journaled (fsync) before the next step, so `--resume` continues after
 * the last final outcome; a step whose change was made but not yet seen is looked for again.
 */
export async function playScenario(o: ScenarioOptions): Promise<ScenarioOutcome> {
  const now = o.now ?? (() => new Date());
  const records = recordsOf(o.steps, o.state);
  // Which step last failed to produce each record (for "blocked by").
  const failedBy = new Map<string, string>();
  for (const s of o.steps) {
    const res = o.state.results.get(s.key);
    if (res && res.status !== 'passed' && s.operation === 'create') failedBy.set(s.record, s.caseId);
  }
  const body: BodyContext = {
    runId: o.start.runId,
    seed: o.start.seed,
    referenceDate: o.start.referenceDate,
    organizationId: o.start.organizationId,
    ptvIds: {},
  };
  const finish = (step: ScenarioStep, r: Omit<JournalResult, 'type' | 'step'>): void => {
    const line: JournalResult = { type: 'result', step: step.key, ...r };
    o.state.results.set(step.key, line);
    appendJournal(o.runDir, line);
  };
  let stoppedBy: PtvrError | undefined;

  for (const [index, step] of o.steps.entries()) {
    const prior = o.state.results.get(step.key);
    if (prior?.final) continue;
    if (o.signal.aborted) return { interrupted: true };
    const started = now();
    if (stoppedBy) {
      finish(step, {
        status: 'skipped',
        final: false,
        findings: [],
        evidenceIds: [],
        reason: `not run: the scenario stopped at ${stoppedBy.code}`,
        durationMs: 0,
      });
      continue;
    }
    if (!o.capabilities.kinds.includes(step.kind)) {
      finish(step, {
        status: 'skipped',
        final: true,
        findings: [],
        evidenceIds: [],
        reason: `not demonstrated (the adapter does not handle ${step.kind})`,
        durationMs: 0,
      });
      continue;
    }
    const missing = step.needs.find((n) => !records.get(n)?.ptvId);
    if (missing) {
      const by = failedBy.get(missing);
      finish(step, {
        status: 'skipped',
        final: false,
        findings: [],
        evidenceIds: [],
        reason: `blocked: the ${missing} record was not found in PTV${by ? ` (${by})` : ''}`,
        ...(by && { blockedBy: by }),
        durationMs: 0,
      });
      continue;
    }
    for (const [k, v] of records) body.ptvIds[k] = v.ptvId;
    const record = records.get(step.record)!;
    const ptvBody = ptvBodyFor(step, body);
    const material = step.operation === 'delete' ? undefined : materialOf(step.kind, ptvBody);
    const stepFile = join(drivenDir(o.runDir), `${String(index + 1).padStart(2, '0')}-${step.key}.json`);
    const refs = refsFor(step, records, o.start.organizationId);
    const request: ChangeRequest = {
      contract: 1,
      operation: step.operation,
      kind: step.kind,
      step: step.key,
      runId: o.start.runId,
      marker: markerOf(o.start.runId),
      sourceSystemId: record.sourceSystemId ?? null,
      ...(step.operation === 'create' &&
        typeof ptvBody.sourceId === 'string' && { suggestedSourceId: ptvBody.sourceId }),
      refs,
      ...(material && { material, ptvBody }),
    };
    const doc: Record<string, unknown> = { step: step.key, caseId: step.caseId, request };
    writeFileAtomic(stepFile, JSON.stringify(doc, null, 2) + '\n');

    let change = o.state.changes.get(step.key);
    try {
      // A change already made (resume after "not visible in time") is not made twice.
      {
        if (!change) {
          o.line(`${step.caseId} ${step.key}: ${step.operation} ${step.kind} in the source system…`);
          const r = await o.driver.change(request);
          doc.answer = r.answer;
          if (r.stderrTail) doc.stderrTail = r.stderrTail;
          change = {
            type: 'change',
            step: step.key,
            record: step.record,
            at: now().toISOString(),
            ...(r.answer.sourceSystemId !== undefined && { sourceSystemId: r.answer.sourceSystemId }),
            ...(r.answer.sourceId !== undefined && { sourceId: r.answer.sourceId }),
          };
          o.state.changes.set(step.key, change);
          appendJournal(o.runDir, change);
          if (change.sourceSystemId) record.sourceSystemId = change.sourceSystemId;
          if (change.sourceId) record.sourceId = change.sourceId;
        }
      }
      const s = await o.driver.sync(step.key, o.start.runId);
      doc.sync = s.answer;
      if (s.stderrTail) doc.syncStderrTail = s.stderrTail;
    } catch (err) {
      const e = isPtvrError(err)
        ? err
        : new PtvrError('PTVR_INTERNAL', String((err as Error)?.message ?? err));
      doc.error = {
        code: e.code,
        message: e.message,
        ...(err instanceof AdapterError && err.stderrTail && { stderrTail: err.stderrTail }),
        ...(err instanceof AdapterError && err.stdout && { stdout: err.stdout }),
      };
      writeFileAtomic(stepFile, JSON.stringify(doc, null, 2) + '\n');
      if (e.code === 'PTVR_INTERRUPTED' || o.signal.aborted) return { interrupted: true };
      finish(step, {
        status: 'failed',
        final: false,
        findings: [
          { path: step.key, message: `${e.code}: ${e.message}`, rule: 'driven.adapter', severity: 'error' },
        ],
        evidenceIds: [],
        reason: `${e.code}: ${e.message}`,
        durationMs: now().getTime() - started.getTime(),
      });
      appendJournal(o.runDir, { type: 'stop', at: now().toISOString(), code: e.code, message: e.message });
      stoppedBy = e;
      o.line(`${step.caseId} ${step.key}: ${e.code}: ${e.message} — the scenario stops here`);
      continue;
    }
    writeFileAtomic(stepFile, JSON.stringify(doc, null, 2) + '\n');

    const kindKey = step.kind === 'connection' ? 'connection' : step.kind;
    const channel = step.kind === 'connection' ? step.record.split('/')[1]! : undefined;
    const seen = await awaitVisible(
      {
        get: o.getFor(step.caseId),
        step,
        ptvBody,
        record,
        ...(channel && { serviceId: records.get('service')?.ptvId, channelId: records.get(channel)?.ptvId }),
        tag: recordTag(body, step.record),
        organizationId: o.start.organizationId,
        notMapped: o.capabilities.notMapped[kindKey] ?? [],
      },
      { deadline: Date.now() + o.syncTimeoutMs, pollMs: o.pollMs, signal: o.signal },
    );
    if (!seen.visible && o.signal.aborted) return { interrupted: true };
    const changedAt = new Date(change.at);
    const findings: Finding[] = [];
    if (!seen.visible) {
      findings.push({
        path: step.key,
        message:
          `${step.operation} ${step.kind} was not ${step.operation === 'delete' ? 'archived' : 'visible'} in PTV ` +
          `within ${Math.round(o.syncTimeoutMs / 1000)} s of the source change (${seen.notYet ?? 'not found'})`,
        rule: step.operation === 'delete' ? 'driven.notArchived' : 'driven.notVisible',
        severity: 'error',
      });
      if (step.operation === 'create') failedBy.set(step.record, step.caseId);
    }
    const latencyMs = seen.visibleAt
      ? Math.max(0, seen.visibleAt.getTime() - changedAt.getTime())
      : undefined;
    if (seen.ptvId && seen.visible) {
      record.ptvId = step.operation === 'delete' ? record.ptvId : seen.ptvId;
      if (step.kind !== 'connection') ledgerFound(o.runDir, o.start.runId, step, seen.ptvId, record.sourceId);
    }
    if (seen.modified) record.modified = seen.modified;
    finish(step, {
      status: seen.visible ? 'passed' : 'failed',
      // Not visible in time: a resume looks again (a scheduled integration may catch up).
      final: seen.visible,
      ...(seen.ptvId && { ptvId: seen.ptvId }),
      ...(seen.modified && { modified: seen.modified }),
      changedAt: change.at,
      ...(seen.visibleAt && { visibleAt: seen.visibleAt.toISOString() }),
      ...(latencyMs !== undefined && { latencyMs }),
      ...(seen.compare && { compare: seen.compare }),
      findings,
      evidenceIds: seen.evidenceIds,
      durationMs: now().getTime() - started.getTime(),
    });
    o.line(
      `${step.caseId} ${step.key}: ${seen.visible ? `visible in PTV after ${((latencyMs ?? 0) / 1000).toFixed(1)} s` : 'NOT visible in PTV in time'}` +
        (seen.compare?.findings.some((f) => f.severity === 'error') ? ' (fields differ)' : ''),
    );
  }
  return { ...(stoppedBy && { stoppedBy }), interrupted: false };
}

function refsFor(
  step: ScenarioStep,
  records: Map<string, RecordState>,
  organizationId: string,
): Record<string, DrivenRef> {
  const ref = (name: string): DrivenRef => {
    const r = records.get(name);
    return {
      ...(r?.sourceSystemId && { sourceSystemId: r.sourceSystemId }),
      ...(r?.ptvId && { ptvId: r.ptvId }),
    };
  };
  const refs: Record<string, DrivenRef> = { organization: { ptvId: organizationId } };
  if (step.kind === 'organization') refs.parent = { ptvId: organizationId };
  if (step.kind === 'connection') {
    refs.service = ref('service');
    refs.channel = ref(step.record.split('/')[1]!);
  }
  return refs;
}

/** Every entity the integration made for the run goes in the ledger, so `cleanup` archives it. */
function ledgerFound(runDir: string, runId: string, step: ScenarioStep, id: string, sourceId?: string): void {
  const channelType = CHANNEL_TYPE[step.kind];
  const entry: LedgerEntry = {
    event: step.operation === 'delete' ? 'archived' : 'created',
    runId,
    objectType: OBJECT_TYPE(step.kind),
    ...(channelType && { channelType }),
    id,
    ...(sourceId && { sourceId }),
    caseId: step.caseId,
    at: new Date().toISOString(),
  };
  if (step.operation !== 'update') appendLineDurable(runFile(runDir, 'ledger'), entry);
}
