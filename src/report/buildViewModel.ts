import { createRedactor } from '../core/redactor.js';
import type { EvidenceEntry } from '../core/evidenceEntry.js';
import { dvvItems } from './dvvItems.js';
import {
  bodyWithPointer,
  buildEvidenceView,
  evidenceAnchor,
  EVIDENCE_LIMITS,
  type EvidenceView,
} from './buildEvidenceView.js';
import { displayValue } from './displayValue.js';
import { formatDuration, helsinkiTime } from './helsinkiTime.js';
import {
  cteLimits,
  finalStateLabel,
  labels,
  statusLabel,
  verdictLabel,
  type Labels,
  type Lang,
} from './labels.js';
import type { CaseResult, DvvItem, ReadBackField, ReportModel } from './model.js';

/**
 * Everything a template shows, precomputed: display strings, totals, grouping per DVV item and
 * status labels. Templates only iterate and print. Values are plain (unescaped) text; each
 * handlebars environment escapes for its own format.
 */
type Cls = 'passed' | 'failed' | 'skipped' | 'warn';
interface Row {
  label: string;
  value: string;
}
interface ItemTotals {
  total: number;
  passed: number;
  failed: number;
  skipped: number;
}

function itemStatus(t: ItemTotals): { key: 'passed' | 'failed' | 'notTested' | 'incomplete'; cls: Cls } {
  if (t.failed > 0) return { key: 'failed', cls: 'failed' };
  if (t.passed === 0) return { key: 'notTested', cls: 'skipped' };
  if (t.skipped > 0) return { key: 'incomplete', cls: 'warn' };
  return { key: 'passed', cls: 'passed' };
}

function count(cases: CaseResult[]): ItemTotals {
  const by = (s: CaseResult['status']): number => cases.filter((c) => c.status === s).length;
  return { total: cases.length, passed: by('passed'), failed: by('failed'), skipped: by('skipped') };
}

/** Limits of the per-case views (the full texts are in evidence.ndjson under the evidence ids). */
export const CASE_LIMITS = {
  sentBodies: 3,
  sentChars: 1_200,
  readBackChars: 300,
  messageChars: 300,
  /** PTV messages per row of the compact table (a refused body can draw a dozen). */
  compactMessages: 3,
} as const;

/**
 * Passed field-correctness (T5) cases without a read-back or finding are shown as one table row
 * each instead of a full section: a full run generates ~440 of them, and full sections made the
 * printed report ~1,450 pages. Everything else (read-backs, failures, skips, other items) keeps
 * its full section.
 */
export function isCompactCase(c: CaseResult): boolean {
  return (
    c.dvvItem === 'T5' &&
    c.status === 'passed' &&
    c.readBacks.length === 0 &&
    c.findings.length === 0 &&
    c.error === undefined
  );
}

const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

/** The first few PTV messages for a compact row, and a count of the rest. */
function briefMessages(messages: string[], l: Labels): string[] {
  const n = CASE_LIMITS.compactMessages;
  const shown = messages.slice(0, n).map((m) => displayValue(m, CASE_LIMITS.messageChars));
  return messages.length > n ? [...shown, l.moreMessages.replace('{n}', String(messages.length - n))] : shown;
}

function readBackField(f: ReadBackField, l: Labels) {
  const sent = displayValue(f.sent, CASE_LIMITS.readBackChars);
  const read = displayValue(f.read, CASE_LIMITS.readBackChars);
  return {
    path: f.path,
    sent,
    // Equal and OK: say so instead of printing the (often long) value twice.
    read: f.ok && read === sent ? l.sameAsSent : read,
    ok: f.ok,
    result: f.ok ? l.ok : l.mismatch,
    cls: (f.ok ? 'passed' : 'failed') as Cls,
  };
}

function caseView(
  c: CaseResult,
  lang: Lang,
  l: Labels,
  evidenceById: Map<string, EvidenceEntry>,
  shown: Set<string>,
) {
  const blocker = c.blockedBy
    ? `${l.blockedBy} ${c.blockedBy}${c.skipReason ? ` – ${c.skipReason}` : ''}`
    : (c.skipReason ?? '');
  const entries = c.evidenceIds.map((id) => evidenceById.get(id)).filter((e): e is EvidenceEntry => !!e);
  const writes = entries.filter((e) => e.requestBody !== undefined && e.method !== 'GET');
  const sent = writes.slice(0, CASE_LIMITS.sentBodies).map((e) => ({
    line: `${e.method} ${e.url} → ${e.status ?? l.transportError} (${e.id})`,
    body: bodyWithPointer(e.requestBody, CASE_LIMITS.sentChars, e.id, l),
  }));
  const moreSent =
    writes.length > CASE_LIMITS.sentBodies
      ? l.moreRequests.replace('{n}', String(writes.length - CASE_LIMITS.sentBodies)).replace(
          '{ids}',
          writes
            .slice(CASE_LIMITS.sentBodies)
            .map((e) => e.id)
            .join(', '),
        )
      : '';
  // PTV's answer in one line for the compact row: the HTTP statuses of the case's requests.
  const answer = unique(
    entries.map((e) => (e.status !== undefined ? String(e.status) : l.transportError)),
  ).join(', ');
  return {
    id: c.id,
    anchor: `case-${c.id}`,
    title: c.title,
    status: statusLabel(lang, c.status),
    cls: c.status as Cls,
    isPassed: c.status === 'passed',
    file: c.file,
    duration: formatDuration(c.durationMs),
    attempts: String(c.attempts),
    answer: answer || '–',
    blocker,
    blockerAnchor: c.blockedBy ? `case-${c.blockedBy}` : '',
    error: c.error ?? '',
    entityIds: c.entityIds.join(', '),
    // Verbatim, but a retried request repeats the same message: show each once.
    ptvMessages: unique(c.ptvMessages).map((m) => displayValue(m, CASE_LIMITS.messageChars)),
    briefMessages: briefMessages(unique(c.ptvMessages), l),
    findings: c.findings.map((f) => ({
      severity: f.severity,
      cls: (f.severity === 'error' ? 'failed' : 'warn') as Cls,
      path: f.path,
      message: f.message,
      rule: f.rule,
      expected: displayValue(f.expected),
      actual: displayValue(f.actual),
    })),
    readBacks: c.readBacks.map((r, i) => {
      // A second read (e.g. GET /active/{id} after GET /{id}) usually compares the very same fields
      // and values: name the earlier one instead of printing the table twice.
      const key = JSON.stringify(r.fields);
      const same = c.readBacks.slice(0, i).find((p) => JSON.stringify(p.fields) === key);
      return {
        endpoint: r.endpoint,
        sameAs: same
          ? l.sameReadBack.replace('{endpoint}', same.endpoint).replace('{n}', String(r.fields.length))
          : '',
        fields: same ? [] : r.fields.map((f) => readBackField(f, l)),
      };
    }),
    sent,
    moreSent,
    evidence: c.evidenceIds.map((id) => ({ id, href: shown.has(id) ? `#${evidenceAnchor(id)}` : '' })),
  };
}
export type CaseView = ReturnType<typeof caseView>;

export function buildViewModel(input: ReportModel, lang: Lang) {
  const l = labels[lang];
  // Defence in depth: evidence is redacted by the client, but a hand-edited report.json may not be.
  const redactor = createRedactor();
  const model: ReportModel = {
    ...input,
    evidence: redactor.redactJson(input.evidence),
    cases: redactor.redactJson(input.cases),
  };
  const evidenceById = new Map(model.evidence.map((e) => [e.id, e]));
  const appendixEntries = model.evidence.slice(0, EVIDENCE_LIMITS.entries);
  const shown = new Set(appendixEntries.map((e) => e.id));
  const given = (v: string | undefined): string => (v && v.length > 0 ? v : l.notGiven);

  const items = dvvItems.map(({ item, fi, en }) => {
    const cases = model.cases.filter((c) => c.dvvItem === item);
    const totals = count(cases);
    const st = itemStatus(totals);
    const views = cases.map((c) => ({
      compact: isCompactCase(c),
      view: caseView(c, lang, l, evidenceById, shown),
    }));
    const compact = views.filter((v) => v.compact).map((v) => v.view);
    return {
      item,
      anchor: `item-${item}`,
      fi,
      en,
      heading: `${item} – ${lang === 'fi' ? fi : en}`,
      status: statusLabel(lang, st.key),
      cls: st.cls,
      ...totals,
      cases: views.map((v) => v.view),
      /** Cases with a full section; the rest are rows of the compact table. */
      detailed: views.filter((v) => !v.compact).map((v) => v.view),
      compact,
      compactHeading: compact.length > 0 ? l.compactCases.replace('{n}', String(compact.length)) : '',
    };
  });
  const totals = count(model.cases);
  const verdictCls: Cls =
    model.status === 'passed' ? 'passed' : model.status === 'failed' ? 'failed' : 'warn';
  const contact = [model.tester.email, model.tester.phone].filter(Boolean).join(', ');
  const targetName = { sim: l.targetSim, cte: l.targetCte, prod: l.targetProd, custom: l.targetCustom }[
    model.target.name
  ];

  const cover: Row[] = [
    { label: l.organization, value: given(model.organization.name) },
    {
      label: l.ptvOrganizationId,
      value: given(model.organization.ptvOrganizationId ?? model.token?.organizationId),
    },
    { label: l.businessId, value: given(model.organization.businessId) },
    { label: l.environment, value: targetName },
    { label: l.apiUrl, value: model.target.apiUrl },
    { label: l.tokenUrl, value: model.target.tokenUrl },
    { label: l.apiVersion, value: model.target.apiVersion },
    { label: l.toolVersion, value: `${model.tool.name} ${model.tool.version}` },
    { label: l.startedAt, value: helsinkiTime(model.run.startedAt) },
    { label: l.finishedAt, value: helsinkiTime(model.run.finishedAt) },
    { label: l.duration, value: formatDuration(model.run.durationMs) },
    { label: l.runId, value: model.run.id },
    { label: l.seed, value: `${model.run.seed} / ${model.run.referenceDate}` },
    { label: l.tester, value: given(model.tester.name) },
    { label: l.contact, value: given(contact) },
  ];

  const harness: Row[] = [
    { label: l.toolVersion, value: `${model.tool.name} ${model.tool.version}` },
    { label: l.versions, value: `${model.tool.node} / ${model.tool.vitest} / ${model.tool.faker}` },
    { label: l.ruleProfile, value: model.run.ruleProfile },
    ...(model.target.simulatorProfile
      ? [{ label: l.simulatorProfile, value: model.target.simulatorProfile }]
      : []),
    ...(model.token
      ? [
          {
            label: l.tokenShape,
            value: `${model.token.shape}${model.token.lifetimeSeconds !== undefined ? `, ${formatDuration(model.token.lifetimeSeconds * 1000)}` : ''}`,
          },
        ]
      : []),
    { label: l.suites, value: model.run.suites.join(', ') || l.none },
    { label: l.materialKept, value: model.run.kept ? l.yes : l.no },
  ];

  const appendix: EvidenceView[] = appendixEntries.map((e) => buildEvidenceView(e, l));
  return {
    lang,
    l,
    title: l.title,
    simulated: model.target.simulated,
    verdict: verdictLabel(lang, model.status),
    verdictCls,
    runId: model.run.id,
    organization: given(model.organization.name),
    cover,
    errors: model.errors,
    items,
    totals: { ...totals, status: statusLabel(lang, itemStatus(totals).key) },
    material: model.material.map((m) => ({
      type: m.channelType ? `${m.objectType} / ${m.channelType}` : m.objectType,
      id: m.id,
      sourceId: m.sourceId ?? '–',
      caseId: m.caseId ?? '–',
      caseAnchor: m.caseId ? `case-${m.caseId}` : '',
      state: finalStateLabel(lang, m.finalState),
      cls: (m.finalState === 'live' ? 'warn' : 'passed') as Cls,
    })),
    cteLimits: cteLimits[lang],
    pitfalls: items.find((i) => i.item === ('PIT' satisfies DvvItem))?.cases ?? [],
    harness,
    appendix,
    evidenceNote: l.evidenceShown
      .replace('{shown}', String(appendix.length))
      .replace('{total}', String(Math.max(model.evidenceTotal, model.evidence.length))),
  };
}
export type ViewModel = ReturnType<typeof buildViewModel>;
