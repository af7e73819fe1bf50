import { capString } from '../core/capString.js';
import type { EvidenceEntry } from '../core/evidenceEntry.js';
import { runStatusOfItems } from '../report/runStatusOfItems.js';
import { observedPerStep, type ObservedSession, type StepWindow } from './observedPerStep.js';
import type { Finding } from '../core/finding.js';
import { redactUrl } from '../core/redactor.js';
import { REPORT_ITEMS, type RuleProfile, type TargetName } from '../core/vocabulary.js';
import { materialOf as ledgerMaterialOf } from '../engine/buildReportModel.js';
import { fitReportModel } from '../engine/fitReportModel.js';
import { toolInfo } from '../engine/packageVersion.js';
import {
  REPORT_SCHEMA_VERSION,
  type CaseResult,
  type DvvItem,
  type ItemResult,
  type ReportModel,
  type SyncLatencyRow,
} from '../report/model.js';
import { runFile } from '../suite/runFiles.js';
import type { ScenarioStep } from './drivenTypes.js';
import type { JournalResult, JournalState } from './stepJournal.js';

/** DVV: changes and deletions in the source reach PTV at least once a day. */
export const DAILY_SYNC_MS = 24 * 3600_000;

/** Items a driven run demonstrates (PIT: pitfall checks only in the builtin run). */
export const DRIVEN_ITEMS: readonly DvvItem[] = ['CONN', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6'];

export interface DrivenModelInputs {
  runDir: string;
  state: JournalState;
  steps: readonly ScenarioStep[];
  /** The tool's own login and API read (preflight): undefined = passed. */
  connError?: { code: string; message: string };
  target: { name: TargetName; apiUrl: string; tokenUrl: string; simulated: boolean; profile?: RuleProfile };
  ruleProfile: RuleProfile;
  organization: { name?: string; ptvOrganizationId?: string; businessId?: string };
  tester: { name?: string; email?: string; phone?: string };
  token?: ReportModel['token'];
  adapterName?: string;
  /** Cases from the observe proxy (`--observe`): the integration's own login and writes. */
  extraCases?: CaseResult[];
  /** The observe proxy's recording (`--observe`): attached to the step each request was made in. */
  observed?: ObservedSession;
  evidence: { entries: EvidenceEntry[]; total: number };
  errors: { code: string; message: string }[];
  interrupted: boolean;
  finishedAt: Date;
}

const hasErrors = (f: readonly Finding[]): boolean => f.some((x) => x.severity === 'error');
const fmtS = (ms: number): string =>
  ms < 120_000
    ? `${(ms / 1000).toFixed(1)} s`
    : ms < 7_200_000
      ? `${(ms / 60_000).toFixed(1)} min`
      : `${(ms / 3_600_000).toFixed(1)} h`;

function latencyFinding(r: JournalResult): Finding[] {
  if (r.latencyMs === undefined || r.latencyMs <= DAILY_SYNC_MS) return [];
  return [
    {
      path: r.step,
      message: `the change reached PTV after ${fmtS(r.latencyMs)}: more than a day (DVV: at least once a day)`,
      rule: 'driven.dailySync',
      severity: 'error',
    },
  ];
}

function stepCase(step: ScenarioStep, r: JournalResult | undefined): CaseResult {
  const findings = r ? [...r.findings, ...latencyFinding(r)] : [];
  const status = !r ? 'skipped' : r.status === 'passed' && hasErrors(findings) ? 'failed' : r.status;
  const reason = r?.reason ?? (r ? undefined : 'not run: the run stopped before this step');
  return {
    id: step.caseId,
    dvvItem: step.item,
    title: step.title,
    status,
    ...(r?.blockedBy && { blockedBy: r.blockedBy }),
    ...(status === 'skipped' && reason && { skipReason: capString(reason, 300) }),
    ...(status === 'failed' && reason && { error: capString(reason, 2000) }),
    durationMs: Math.max(0, Math.round(r?.durationMs ?? 0)),
    attempts: 1,
    findings,
    evidenceIds: r?.evidenceIds ?? [],
    entityIds: r?.ptvId ? [capString(r.ptvId, 200)] : [],
    ptvMessages: [],
    readBacks: [],
    file: `driven/journal.ndjson#${step.key}`,
  };
}

const fieldsCaseId = (index: number): string => `DRV-T5-${String(index + 1).padStart(2, '0')}`;

/** T5: one case per step whose result PTV was read for, the field comparison under material names. */
function fieldsCase(step: ScenarioStep, index: number, r: JournalResult): CaseResult {
  const c = r.compare!;
  return {
    id: fieldsCaseId(index),
    dvvItem: 'T5',
    title: `${step.key}: the fields PTV holds against the material (${step.kind})`,
    status: hasErrors(c.findings) ? 'failed' : 'passed',
    durationMs: 0,
    attempts: 1,
    findings: c.findings,
    evidenceIds: r.evidenceIds,
    entityIds: r.ptvId ? [capString(r.ptvId, 200)] : [],
    ptvMessages: [],
    readBacks: c.readBacks,
    file: `driven/journal.ndjson#${step.key}`,
  };
}

function connCase(i: DrivenModelInputs): CaseResult {
  const ids = i.evidence.entries
    .filter((e) => e.caseId === 'login' || e.caseId === 'preflight')
    .map((e) => e.id);
  return {
    id: 'DRV-CONN-01',
    dvvItem: 'CONN',
    title: "ptv-readiness's own login and API read against the target",
    status: i.connError ? 'failed' : 'passed',
    durationMs: 0,
    attempts: 1,
    findings: i.connError
      ? [
          {
            path: 'Login',
            message: `${i.connError.code}: ${i.connError.message}`,
            rule: 'driven.conn',
            severity: 'error',
          },
        ]
      : [],
    evidenceIds: ids.slice(0, 20),
    entityIds: [],
    ptvMessages: [],
    readBacks: [],
    file: 'driven/journal.ndjson#preflight',
  };
}

/**
 * `--observe`: each step case gets the integration's requests made during it as evidence, and the
 * step's T5 comparison (else the step itself) the rules engine's and PTV's verdict on them.
 */
function attachObserved(
  cases: CaseResult[],
  steps: readonly ScenarioStep[],
  state: JournalState,
  session: ObservedSession,
): EvidenceEntry[] {
  const windows: StepWindow[] = [];
  for (const step of steps) {
    const r = state.results.get(step.key);
    const from = r?.changedAt ?? state.changes.get(step.key)?.at;
    if (!r || !from) continue;
    const to = r.visibleAt ?? new Date(Date.parse(from) + r.durationMs).toISOString();
    windows.push({ caseId: step.caseId, from, to });
  }
  const byStep = observedPerStep(session, windows);
  const evidence: EvidenceEntry[] = [];
  steps.forEach((step, n) => {
    const o = byStep.get(step.caseId);
    if (!o) return;
    const stepCase = cases.find((c) => c.id === step.caseId)!;
    stepCase.evidenceIds = [...stepCase.evidenceIds, ...o.evidence.map((e) => e.id)];
    evidence.push(...o.evidence);
    const judged = cases.find((c) => c.id === fieldsCaseId(n)) ?? stepCase;
    judged.findings = [...judged.findings, ...o.findings];
    if (judged.status === 'passed' && hasErrors(o.findings)) judged.status = 'failed';
  });
  return evidence;
}

export function latencyRows(steps: readonly ScenarioStep[], state: JournalState): SyncLatencyRow[] {
  const rows: SyncLatencyRow[] = [];
  for (const step of steps) {
    const r = state.results.get(step.key);
    const changedAt = r?.changedAt ?? state.changes.get(step.key)?.at;
    if (!changedAt) continue;
    const visible = r?.visibleAt !== undefined && r.latencyMs !== undefined;
    rows.push({
      caseId: step.caseId,
      step: step.key,
      item: step.item,
      operation: step.operation,
      kind: step.kind,
      changedAt,
      ...(visible && { visibleAt: r.visibleAt, latencyMs: r.latencyMs }),
      state: visible ? 'visible' : 'not-visible',
      withinYardstick: visible && r.latencyMs! <= DAILY_SYNC_MS,
    });
  }
  return rows;
}

function itemNotes(id: DvvItem, cases: CaseResult[], rows: SyncLatencyRow[]): string[] {
  const notes = new Set<string>();
  for (const c of cases) if (c.status === 'skipped' && c.skipReason) notes.add(`${c.id}: ${c.skipReason}`);
  const of = rows.filter((r) => r.item === id && r.latencyMs !== undefined);
  if (of.length) {
    const max = Math.max(...of.map((r) => r.latencyMs!));
    notes.add(`sync latency: longest ${fmtS(max)} over ${of.length} change(s) (DVV: at least once a day)`);
  }
  const late = rows.filter((r) => r.item === id && r.state === 'not-visible').length;
  if (late) notes.add(`${late} change(s) not seen in PTV within the sync timeout`);
  return [...notes].slice(0, 20).map((n) => capString(n, 300));
}

/**
 * The report model of a driven run: CONN from the tool's own login, one case per scenario step
 * (visible in PTV in time), one T5 case per read comparison, and the sync latency table. READY only
 * when every DVV item passed; a step the adapter does not handle leaves its item not demonstrated.
 */
export function buildDrivenModel(i: DrivenModelInputs): ReportModel {
  const { state, steps } = i;
  const start = state.start!;
  const cases: CaseResult[] = [connCase(i)];
  steps.forEach((step) => cases.push(stepCase(step, state.results.get(step.key))));
  steps.forEach((step, n) => {
    const r = state.results.get(step.key);
    // A connection without additional information has nothing to compare: T4 shows it exists.
    const compared =
      r?.compare && (r.compare.findings.length > 0 || r.compare.readBacks.some((b) => b.fields.length > 0));
    if (compared) cases.push(fieldsCase(step, n, r));
  });
  const observedEvidence = i.observed ? attachObserved(cases, steps, state, i.observed) : [];
  cases.push(...(i.extraCases ?? []));
  const rows = latencyRows(steps, state);
  const items: ItemResult[] = REPORT_ITEMS.map((id) => {
    const of = cases.filter((c) => c.dvvItem === id);
    const n = { passed: 0, failed: 0, skipped: 0 };
    for (const c of of) n[c.status] += 1;
    if (!DRIVEN_ITEMS.includes(id))
      return { id, status: 'not-run', cases: n, notes: ['pitfall checks run only in the builtin `run`'] };
    const status = n.failed > 0 ? 'failed' : of.length > 0 && n.skipped === 0 ? 'passed' : 'not-demonstrated';
    const notes = itemNotes(id, of, rows);
    return { id, status, cases: n, ...(notes.length > 0 && { notes }) };
  });
  const dvv = items.filter((x) => DRIVEN_ITEMS.includes(x.id));
  const status = runStatusOfItems(dvv, { interrupted: i.interrupted, harnessError: i.errors.length > 0 });
  const startedAt = new Date(start.startedAt);
  return fitReportModel({
    schemaVersion: REPORT_SCHEMA_VERSION,
    status,
    coverage: {
      selected: [...DRIVEN_ITEMS],
      notRun: dvv.filter((x) => x.status === 'not-demonstrated' || x.status === 'not-run').map((x) => x.id),
    },
    actor: 'driven',
    items,
    run: {
      id: start.runId,
      startedAt: start.startedAt,
      finishedAt: i.finishedAt.toISOString(),
      durationMs: Math.max(0, i.finishedAt.getTime() - startedAt.getTime()),
      seed: start.seed,
      referenceDate: start.referenceDate,
      ruleProfile: i.ruleProfile,
      suites: [i.adapterName ? `driven:${capString(i.adapterName, 100)}` : `driven:${start.driver}`],
      // The integration's material stays until `cleanup` archives it (the ledger lists it).
      kept: true,
    },
    target: {
      name: i.target.name,
      apiUrl: redactUrl(i.target.apiUrl),
      tokenUrl: redactUrl(i.target.tokenUrl),
      apiVersion: 'v11',
      api: { write: 'v11', read: ['v11'] },
      simulated: i.target.simulated,
      ...(i.target.profile && { simulatorProfile: i.target.profile }),
    },
    tool: toolInfo(),
    organization: { ...i.organization },
    tester: { ...i.tester },
    ...(i.token && { token: i.token }),
    cases,
    material: ledgerMaterialOf(runFile(i.runDir, 'ledger'), start.runId, true),
    evidence: [...i.evidence.entries, ...observedEvidence],
    evidenceTotal: i.evidence.total + observedEvidence.length,
    errors: i.errors.map((e) => ({ code: e.code, message: capString(e.message) })),
    syncLatency: { yardstickMs: DAILY_SYNC_MS, rows },
  });
}
