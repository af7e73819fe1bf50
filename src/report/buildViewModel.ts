import { createRedactor } from '../core/redactor.js';
import type { EvidenceEntry } from '../core/evidenceEntry.js';
import { dvvItems } from './dvvItems.js';
import {
  buildEvidenceView,
  evidenceAnchor,
  EVIDENCE_LIMITS,
  type EvidenceView,
} from './buildEvidenceView.js';
import { displayBody, displayValue } from './displayValue.js';
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
import type { CaseResult, DvvItem, ReportModel } from './model.js';

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
  const sent = c.evidenceIds
    .map((id) => evidenceById.get(id))
    .filter((e): e is EvidenceEntry => !!e && e.requestBody !== undefined && e.method !== 'GET')
    .slice(0, 3)
    .map((e) => ({
      line: `${e.method} ${e.url} (${e.id})`,
      body: displayBody(e.requestBody, 1_500),
    }));
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
    blocker,
    blockerAnchor: c.blockedBy ? `case-${c.blockedBy}` : '',
    error: c.error ?? '',
    entityIds: c.entityIds.join(', '),
    ptvMessages: c.ptvMessages,
    findings: c.findings.map((f) => ({
      severity: f.severity,
      cls: (f.severity === 'error' ? 'failed' : 'warn') as Cls,
      path: f.path,
      message: f.message,
      rule: f.rule,
      expected: displayValue(f.expected),
      actual: displayValue(f.actual),
    })),
    readBacks: c.readBacks.map((r) => ({
      endpoint: r.endpoint,
      fields: r.fields.map((f) => ({
        path: f.path,
        sent: displayValue(f.sent),
        read: displayValue(f.read),
        ok: f.ok,
        result: f.ok ? l.ok : l.mismatch,
        cls: (f.ok ? 'passed' : 'failed') as Cls,
      })),
    })),
    sent,
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
    return {
      item,
      anchor: `item-${item}`,
      fi,
      en,
      heading: `${item} – ${lang === 'fi' ? fi : en}`,
      status: statusLabel(lang, st.key),
      cls: st.cls,
      ...totals,
      cases: cases.map((c) => caseView(c, lang, l, evidenceById, shown)),
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
