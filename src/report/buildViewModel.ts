import { createRedactor } from '../core/redactor.js';
import type { EvidenceEntry } from '../core/evidenceEntry.js';
import { blockerNote, caseTitle, errorText, findingMessage, KIND_TEXTS } from './caseTexts.js';
import { dvvItems } from './dvvItems.js';
import {
  buildEvidenceView,
  type BodyClips,
  evidenceAnchor,
  EVIDENCE_LIMITS,
  type EvidenceView,
} from './buildEvidenceView.js';
import { displayValue } from './displayValue.js';
import { formatDuration, helsinkiTime } from './helsinkiTime.js';
import { syncLatencyView } from './syncLatencyView.js';
import { keyRow, provisionalBanner, provisionalMarker, v12CoverRows, v12View } from './v12View.js';
import {
  cteLimits,
  finalStateLabel,
  labels,
  statusLabel,
  verdictLabel,
  type Labels,
  type Lang,
} from './labels.js';
import type { Actor, CaseResult, DvvItem, ReadBackField, ReportModel } from './model.js';
import { deriveItems } from './deriveItems.js';

/**
 * Everything a template shows, precomputed: display strings, totals, grouping per DVV item and
 * status labels. Templates only iterate and print. Values are plain (unescaped) text; each
 * handlebars environment escapes for its own format.
 *
 * One view model feeds two documents: the short reviewer's document (report.*: cover, verdict, the
 * per-item table, what was done per DVV item with the PTV ids to look up in CTE, what CTE cannot
 * show, contact) and the annex (annex.*: every case, collapsed, with all of its requests and
 * read-backs).
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

/** File names the two documents link to each other by (they depend on the languages rendered). */
/** Who made the writes (report.json `actor`); kept here, next to the one row that shows it. */
const ACTOR_LABEL: Record<Lang, string> = { fi: 'Toimija', en: 'Actor' };
const ACTOR: Record<Actor, Record<Lang, string>> = {
  builtin: { fi: 'ptv-readiness-työkalun omat testit', en: "ptv-readiness's own test suites" },
  observed: {
    fi: 'organisaation oma integraatio (ptv-readiness observe)',
    en: "the organisation's own integration (ptv-readiness observe)",
  },
  driven: {
    fi: 'organisaation lähdejärjestelmä ja integraatio, ohjattuna (ptv-readiness run --driver)',
    en: "the organisation's source system and integration, driven (ptv-readiness run --driver)",
  },
};
const NOT_DEMONSTRATED: Record<Lang, string> = { fi: 'ei osoitettu', en: 'not demonstrated' };

export interface ViewFiles {
  report: string;
  annex: string;
  annexPdf: string;
}
export interface ViewOptions {
  files?: ViewFiles;
  /** Print (PDF) rendering: every collapsed section open, no script. */
  print?: boolean;
  /** Work shared by the view models of one render pass (createViewMemo): the same model, each language. */
  memo?: ViewMemo;
}

/**
 * What every language's view model of one report model computes alike — the redacted evidence and
 * cases, the bodies' shown text — done once per render pass instead of once per language (issue #14).
 * Only for one unchanged model: a new pass (or a changed model) takes a new memo.
 */
export interface ViewMemo {
  redacted?: { input: ReportModel; evidence: EvidenceEntry[]; cases: CaseResult[] };
  clips: BodyClips;
}

export function createViewMemo(): ViewMemo {
  return { clips: new WeakMap() };
}

/** Defence in depth: evidence is redacted by the client, but a hand-edited report.json may not be. */
function redactedParts(
  input: ReportModel,
  memo: ViewMemo | undefined,
): Pick<ReportModel, 'evidence' | 'cases'> {
  if (memo?.redacted?.input === input) return memo.redacted;
  const redactor = createRedactor();
  const parts = { evidence: redactor.redactJson(input.evidence), cases: redactor.redactJson(input.cases) };
  if (memo) memo.redacted = { input, ...parts };
  return parts;
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
  readBackChars: 300,
  messageChars: 300,
} as const;

const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

function readBackField(f: ReadBackField, l: Labels, lang: Lang) {
  // A v12 read-back (neutral keys): the verdict says how the value crossed the mapping; dropped keys shaded.
  if (f.mapping !== undefined) {
    const k = keyRow(f, lang);
    return {
      path: k.key,
      sent: k.sent,
      read: k.read,
      ok: f.ok,
      result: k.verdict,
      cls: k.cls,
      rowCls: k.dropped ? 'dropped' : '',
    };
  }
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
    rowCls: '',
  };
}

const severityLabel = (l: Labels, s: string): string =>
  s === 'error' ? l.sevError : s === 'warning' ? l.sevWarning : s === 'info' ? l.sevInfo : s;

function caseView(c: CaseResult, lang: Lang, l: Labels, evidence: EvidenceView[], annex: string) {
  const blocker = blockerNote(c.blockedBy, c.skipReason, lang, l.blockedBy);
  const title = caseTitle(c.id, c.title, lang);
  return {
    id: c.id,
    anchor: `case-${c.id}`,
    /** The case in the annex, from the document. */
    annexHref: `${annex}#case-${c.id}`,
    title,
    status: statusLabel(lang, c.status),
    statusKey: c.status,
    /** "provisional" when the case depends on an inferred v12 write route (§4.11). */
    provisional: provisionalMarker(c, lang),
    cls: c.status as Cls,
    isPassed: c.status === 'passed',
    file: c.file,
    duration: formatDuration(c.durationMs),
    attempts: String(c.attempts),
    blocker,
    blockerAnchor: c.blockedBy ? `case-${c.blockedBy}` : '',
    error: c.error !== undefined ? errorText(c.error, lang) : '',
    entityIds: c.entityIds.join(', '),
    // Verbatim, but a retried request repeats the same message: show each once.
    ptvMessages: unique(c.ptvMessages).map((m) => displayValue(m, CASE_LIMITS.messageChars)),
    findings: c.findings.map((f) => ({
      severity: severityLabel(l, f.severity),
      cls: (f.severity === 'error' ? 'failed' : 'warn') as Cls,
      path: f.path,
      message: findingMessage(f, lang),
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
        fields: same ? [] : r.fields.map((f) => readBackField(f, l, lang)),
      };
    }),
    /** Every request and read-back of the case, in order (the annex shows them collapsed). */
    evidence,
    evidenceHeading: l.requestsOf.replace('{n}', String(evidence.length)),
  };
}
export type CaseView = ReturnType<typeof caseView>;

/** `service: …` → `service`: the entity type of a generated T5 case (fieldCases.ts titles). */
function t5Kind(title: string): string {
  const m = /^([a-z]+): /.exec(title);
  return m && KIND_TEXTS[m[1]!] ? m[1]! : '–';
}

export function buildViewModel(input: ReportModel, lang: Lang, options: ViewOptions = {}) {
  const l = labels[lang];
  const files = options.files ?? { report: 'report.html', annex: 'annex.html', annexPdf: 'annex.pdf' };
  const { evidence, cases } = redactedParts(input, options.memo);
  const model: ReportModel = { ...input, evidence, cases };
  const evidenceById = new Map(model.evidence.map((e) => [e.id, e]));
  const given = (v: string | undefined): string => (v && v.length > 0 ? v : l.notGiven);
  const notRun = new Set(model.coverage?.notRun ?? []);

  // Each evidence entry is shown once, under the first case that lists it; the rest under "other".
  const owned = new Set<string>();
  const evidenceOf = (c: CaseResult): EvidenceView[] =>
    c.evidenceIds.flatMap((id) => {
      const e = evidenceById.get(id);
      if (!e || owned.has(id)) return [];
      owned.add(id);
      return [buildEvidenceView(e, l, files.annex, options.memo?.clips)];
    });

  const dvvOf = new Map(model.cases.map((c) => [c.id, c.dvvItem]));
  // Per-item outcome and reviewer notes (observe: "not demonstrated: …"); older files derive them.
  const itemResults = new Map(deriveItems(model).map((r) => [r.id, r]));
  // V12 is a row only in runs that read v12 (older and v11-only reports are unchanged).
  const hasV12 = model.cases.some((c) => c.dvvItem === 'V12');
  const items = dvvItems
    .filter(({ item }) => item !== 'V12' || hasV12)
    .map(({ item, fi, en }) => {
      const raw = model.cases.filter((c) => c.dvvItem === item);
      const totals = count(raw);
      const result = itemResults.get(item);
      const notShown =
        model.actor !== 'builtin' && model.actor !== undefined && result?.status === 'not-demonstrated';
      // Observed: the item's own outcome (T5 passes on judged writes without being a case of its own).
      const observedPass =
        (model.actor === 'observed' || model.actor === 'driven') && result?.status === 'passed';
      const st =
        notRun.has(item) && raw.length === 0 && !notShown
          ? { key: 'not-run' as const, cls: 'skipped' as Cls }
          : notShown
            ? { key: 'not-run' as const, cls: 'warn' as Cls }
            : observedPass
              ? { key: 'passed' as const, cls: 'passed' as Cls }
              : itemStatus(totals);
      const cases = raw.map((c) => caseView(c, lang, l, evidenceOf(c), files.annex));
      // T5 has hundreds of generated cases: the document summarises them per entity type.
      const kinds =
        item === 'T5'
          ? unique(raw.map((c) => t5Kind(c.title))).map((k) => {
              const t = count(raw.filter((c) => t5Kind(c.title) === k));
              const s = itemStatus(t);
              return {
                kind: KIND_TEXTS[k]?.[lang] ?? k,
                ...t,
                status: statusLabel(lang, s.key),
                cls: s.cls,
              };
            })
          : [];
      // T6: the GETs answering 404 after archiving are what DVV looks for.
      const proof =
        item === 'T6'
          ? raw.flatMap((c) =>
              c.evidenceIds
                .map((id) => evidenceById.get(id))
                .filter((e): e is EvidenceEntry => e?.method === 'GET' && e.status === 404)
                .map((e) => ({
                  caseId: c.id,
                  caseHref: `${files.annex}#case-${c.id}`,
                  line: `GET ${e.url} → 404`,
                  id: e.id,
                  href: `${files.annex}#${evidenceAnchor(e.id)}`,
                })),
            )
          : [];
      return {
        item,
        anchor: `item-${item}`,
        fi,
        en,
        heading: `${item} – ${lang === 'fi' ? fi : en}`,
        status: notShown ? NOT_DEMONSTRATED[lang] : statusLabel(lang, st.key),
        cls: st.cls,
        notes: (result?.notes ?? []).join('; '),
        ...totals,
        cases,
        /** The document's per-item table: every case, except T5 where only the ones that did not pass. */
        doneCases: item === 'T5' ? cases.filter((v) => !v.isPassed) : cases,
        notPassedHeading: item === 'T5' && cases.some((v) => !v.isPassed) ? l.notPassedCases : '',
        kinds,
        proof,
      };
    });
  const otherEvidence = model.evidence
    .filter((e) => !owned.has(e.id))
    .map((e) => buildEvidenceView(e, l, files.annex, options.memo?.clips));

  const totals = count(model.cases);
  const verdictCls: Cls =
    model.status === 'passed' ? 'passed' : model.status === 'failed' ? 'failed' : 'warn';
  const firstError = model.errors[0]?.code;
  const verdict =
    model.status === 'not-run' && firstError
      ? `${verdictLabel(lang, 'not-run')}: ${firstError}`
      : verdictLabel(lang, model.status);
  const contact = [model.tester.email, model.tester.phone].filter(Boolean).join(', ');
  const targetName = { sim: l.targetSim, cte: l.targetCte, prod: l.targetProd, custom: l.targetCustom }[
    model.target.name
  ];
  const notRunItems = model.coverage?.notRun ?? [];

  const cover: Row[] = [
    { label: l.organization, value: given(model.organization.name) },
    {
      label: l.ptvOrganizationId,
      value: given(model.organization.ptvOrganizationId ?? model.token?.organizationId),
    },
    { label: l.businessId, value: given(model.organization.businessId) },
    { label: ACTOR_LABEL[lang], value: ACTOR[model.actor ?? 'builtin'][lang] },
    { label: l.environment, value: targetName },
    { label: l.apiUrl, value: model.target.apiUrl },
    { label: l.tokenUrl, value: model.target.tokenUrl },
    ...v12CoverRows(model, lang),
    { label: l.toolVersion, value: `${model.tool.name} ${model.tool.version}` },
    { label: l.startedAt, value: helsinkiTime(model.run.startedAt) },
    { label: l.finishedAt, value: helsinkiTime(model.run.finishedAt) },
    { label: l.duration, value: formatDuration(model.run.durationMs) },
    { label: l.runId, value: model.run.id },
    { label: l.seed, value: `${model.run.seed} / ${model.run.referenceDate}` },
    { label: l.tester, value: given(model.tester.name) },
    { label: l.contact, value: given(contact) },
  ];

  const contactRows: Row[] = [
    { label: l.organization, value: given(model.organization.name) },
    { label: l.businessId, value: given(model.organization.businessId) },
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

  const allCases = items.flatMap((i) => i.cases);
  const doneItems = items.filter((i) => i.item !== 'PIT' && i.item !== 'V12');
  return {
    lang,
    l,
    title: l.title,
    annexTitle: l.annexTitle,
    ...framing(l, files, options.print === true),
    simulated: model.target.simulated,
    verdict,
    verdictCls,
    notRunItems: notRunItems.join(', '),
    // Issue #19: link to the previous run of the same target and actor (its primary-language report).
    previousRun: model.previousRun
      ? {
          id: model.previousRun.id,
          href: `${model.previousRun.dir}/report.html`,
          verdict: verdictLabel(lang, model.previousRun.status),
        }
      : false,
    runId: model.run.id,
    organization: given(model.organization.name),
    cover,
    contactRows,
    errors: model.errors,
    syncLatency: syncLatencyView(model, lang),
    /** The inferred-routes banner (any provisional case) and the V12 section (runs that read v12). */
    v12Banner: provisionalBanner(model, lang),
    v12: v12View(model, lang, files.annex),
    items,
    doneItems,
    pit: items.find((i) => i.item === ('PIT' satisfies DvvItem))!,
    totals: { ...totals, status: statusLabel(lang, itemStatus(totals).key) },
    material: model.material.map((m) => ({
      type: m.channelType ? `${m.objectType} / ${m.channelType}` : m.objectType,
      item: (m.caseId && dvvOf.get(m.caseId)) || '–',
      id: m.id,
      sourceId: m.sourceId ?? '–',
      caseId: m.caseId ?? '–',
      caseHref: m.caseId ? `${files.annex}#case-${m.caseId}` : '',
      state: finalStateLabel(lang, m.finalState),
      cls: (m.finalState === 'live' ? 'warn' : 'passed') as Cls,
    })),
    cteLimits: cteLimits[lang],
    harness,
    /** The annex's "failed first" list. */
    failedOrSkipped: allCases.filter((c) => !c.isPassed),
    otherEvidence,
    evidenceCount: model.evidence.length,
    missingEvidence: Math.max(0, model.evidenceTotal - model.evidence.length),
  };
}
export type ViewModel = ReturnType<typeof buildViewModel>;

/** The strings that depend on the file names and on print: the cross links and the evidence note. */
function framing(l: Labels, files: ViewFiles, print: boolean) {
  return {
    print,
    files,
    annexLink: l.annexLink.replace('{files}', `${files.annex}, ${files.annexPdf}`),
    backLink: l.backToReport.replace('{file}', files.report),
  };
}

/**
 * The same view for other file names or for print, without building it again (building is the
 * expensive part: redaction and pretty-printing of every evidence body).
 */
export function viewVariant(vm: ViewModel, options: ViewOptions): ViewModel {
  return { ...vm, ...framing(vm.l, options.files ?? vm.files, options.print ?? vm.print) };
}

/** The annex's note on where the evidence is. */
export function evidenceNote(vm: ViewModel): string {
  const l = vm.l;
  return [
    (vm.print ? l.evidencePrinted : l.evidenceAll)
      .replace('{n}', String(vm.evidenceCount))
      .replace('{annex}', vm.files.annex)
      .replace('{chars}', String(EVIDENCE_LIMITS.bodyChars)),
    vm.missingEvidence > 0 ? l.evidenceMissing.replace('{n}', String(vm.missingEvidence)) : '',
  ]
    .filter(Boolean)
    .join(' ');
}
