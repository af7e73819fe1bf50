import { capString } from '../core/capString.js';
import type { Finding } from '../core/finding.js';
import { isFailing } from '../core/finding.js';
import { redactUrl } from '../core/redactor.js';
import { REPORT_ITEMS } from '../core/vocabulary.js';
import { runStatusOfItems } from '../report/runStatusOfItems.js';
import { fitReportModel } from '../engine/fitReportModel.js';
import { toolInfo } from '../engine/packageVersion.js';
import type { EvidenceEntry } from '../core/evidenceEntry.js';
import {
  REPORT_SCHEMA_VERSION,
  type CaseResult,
  type DvvItem,
  type ItemResult,
  type MaterialEntry,
  type ReportModel,
} from '../report/model.js';
import { coverageOf } from './coverageBoard.js';
import { OBSERVED_ITEMS } from './observeRequirements.js';
import type { ObserveStart } from './observeTypes.js';
import type { ObservedRecord } from './readObservedLog.js';

export interface ObservedModelInputs {
  start: ObserveStart;
  records: readonly ObservedRecord[];
  finishedAt: Date;
  evidence: { entries: EvidenceEntry[]; total: number };
  errors: { code: string; message: string }[];
  /** True when the run ended without a clean stop (report rebuilt from the log after a kill). */
  recovered?: boolean;
}

/** A successful write whose judgement never arrived (observe was killed): it demonstrates nothing. */
function awaitsJudgement(r: ObservedRecord): boolean {
  const c = r.classification;
  return (
    !r.judgement &&
    c.findings.length === 0 &&
    c.isCase &&
    ['create', 'modify', 'archive', 'restore', 'connect'].includes(c.operation)
  );
}

export const caseIdOf = (seq: number): string => `OBS-${String(seq).padStart(4, '0')}`;

function caseOf(r: ObservedRecord): CaseResult {
  const c = r.classification;
  const notes: Finding[] = [...c.notes, ...(r.judgement?.notes ?? [])].map((n) => ({
    path: 'Observation',
    message: n,
    rule: 'observe.note',
    severity: 'info',
  }));
  const findings = [...c.findings, ...(r.judgement?.findings ?? []), ...notes];
  const ids = new Set<string>();
  if (c.entity?.id) ids.add(c.entity.id);
  for (const p of c.connections ?? []) {
    if (p.serviceId) ids.add(p.serviceId);
    if (p.channelId) ids.add(p.channelId);
  }
  const unjudged = awaitsJudgement(r);
  return {
    id: caseIdOf(r.seq),
    dvvItem: c.item ?? 'T5',
    title: capString(c.title, 300),
    status: isFailing(findings) ? 'failed' : unjudged ? 'skipped' : 'passed',
    ...(unjudged && { skipReason: 'observe stopped before this write was read back' }),
    durationMs: Math.max(0, Math.round(r.durationMs)),
    attempts: 1,
    findings,
    evidenceIds: [r.evidenceId, ...r.judgeEvidenceIds],
    entityIds: [...ids].map((i) => capString(i, 200)),
    ptvMessages: c.ptvMessages,
    readBacks: r.judgement?.readBacks ?? [],
    file: `observed.ndjson#${r.seq}`,
  };
}

/** New material the integration created and what became of it (archived or still live in PTV). */
function materialOf(records: readonly ObservedRecord[]): MaterialEntry[] {
  const byId = new Map<string, MaterialEntry>();
  for (const r of records) {
    const c = r.classification;
    const e = c.entity;
    if (!e?.id || c.findings.some((f) => f.severity === 'error')) continue;
    const key = e.id.toLowerCase();
    if (c.operation === 'create') {
      byId.set(key, {
        objectType: e.objectType,
        ...(e.channelType && { channelType: e.channelType }),
        id: capString(e.id, 200),
        ...(e.sourceId && { sourceId: capString(e.sourceId, 200) }),
        caseId: caseIdOf(r.seq),
        finalState: 'live',
      });
    } else if (c.operation === 'archive' || c.operation === 'restore') {
      const m = byId.get(key);
      if (m) m.finalState = c.operation === 'archive' ? 'archived' : 'live';
    }
  }
  return [...byId.values()];
}

/** Notes per item that the reviewer reads next to its status. */
function itemNotes(item: DvvItem, records: readonly ObservedRecord[], missing: string[]): string[] {
  const notes = missing.map((m) => `not demonstrated: ${m}`);
  const of = records.filter((r) => r.classification.item === item);
  const old = of.filter((r) => r.classification.demonstrates.some((d) => d.endsWith('-modify-old'))).length;
  if (old > 0) notes.push(`${old} modification(s) of material not created in this session (old material)`);
  if (item === 'T5') {
    const judged = records.filter((r) => r.judgement?.demonstrates.includes('write-judged')).length;
    const refused = of.filter((r) =>
      r.classification.findings.some((f) => f.rule.startsWith('observe.http4')),
    ).length;
    notes.push(
      `${judged} accepted write(s) judged by the rules engine and read back; ${refused} refused by PTV`,
    );
  }
  if (item === 'T4') {
    const routes = [
      ...new Set(
        of.filter((r) => r.classification.operation === 'connect').map((r) => r.classification.route),
      ),
    ];
    if (routes.length) notes.push(`connection routes used: ${routes.join(', ')}`);
  }
  return notes.map((n) => capString(n, 300));
}

/**
 * The report model of an observe session: one case per observed write, login or failure, and per DVV
 * item passed / failed / not-demonstrated. READY only when every DVV item (CONN, T1–T6) passed.
 */
export function buildObservedModel(i: ObservedModelInputs): ReportModel {
  const { start, records } = i;
  const cases = records.filter((r) => r.classification.isCase).map(caseOf);
  // Unjudged writes (after a kill) show nothing: the verdict never rests on a write nobody read back.
  const board = coverageOf(
    records.map((r) =>
      awaitsJudgement(r) ? { ...r, classification: { ...r.classification, demonstrates: [] } } : r,
    ),
  );
  const items: ItemResult[] = REPORT_ITEMS.map((id) => {
    const n = { passed: 0, failed: 0, skipped: 0 };
    for (const c of cases) if (c.dvvItem === id) n[c.status] += 1;
    if (!OBSERVED_ITEMS.includes(id))
      return { id, status: 'not-run', cases: n, notes: ['pitfall checks run only in ptv-readiness run'] };
    const b = board.items.find((x) => x.item === id)!;
    // An item whose case failed is failed even when its board rows were shown elsewhere.
    const status =
      b.state === 'failed' || n.failed > 0
        ? 'failed'
        : b.state === 'demonstrated'
          ? 'passed'
          : 'not-demonstrated';
    const notes = itemNotes(id, records, b.missing);
    return { id, status, cases: n, ...(notes.length > 0 && { notes }) };
  });
  const dvv = items.filter((x) => OBSERVED_ITEMS.includes(x.id));
  const notShown = dvv.filter((x) => x.status === 'not-demonstrated').map((x) => x.id);
  const status = runStatusOfItems(dvv, { harnessError: i.errors.length > 0 });
  const startedAt = new Date(start.startedAt);
  return fitReportModel({
    schemaVersion: REPORT_SCHEMA_VERSION,
    status,
    coverage: { selected: [...OBSERVED_ITEMS], notRun: notShown },
    actor: 'observed',
    items,
    run: {
      id: start.runId,
      startedAt: start.startedAt,
      finishedAt: i.finishedAt.toISOString(),
      durationMs: Math.max(0, i.finishedAt.getTime() - startedAt.getTime()),
      seed: 0,
      referenceDate: start.startedAt.slice(0, 10),
      ruleProfile: start.ruleProfile,
      suites: ['observe'],
      // observe never archives: what the integration created stays where it put it.
      kept: true,
    },
    target: {
      name: start.target.name,
      apiUrl: redactUrl(start.target.apiUrl),
      tokenUrl: redactUrl(start.target.tokenUrl),
      apiVersion: 'v11',
      api: { write: 'v11', read: ['v11'] },
      simulated: start.target.name === 'sim',
    },
    tool: toolInfo(),
    organization: { ...start.organization },
    tester: { ...start.tester },
    cases,
    material: materialOf(records),
    evidence: i.evidence.entries,
    evidenceTotal: i.evidence.total,
    errors: i.errors.map((e) => ({ code: e.code, message: capString(e.message) })),
    ...(i.recovered && {
      warnings: [
        {
          code: 'PTVR_INTERRUPTED',
          message: 'observe did not stop cleanly; this report was rebuilt from the recorded log',
        },
      ],
    }),
  });
}
