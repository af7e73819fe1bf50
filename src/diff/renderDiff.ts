import { escapeMarkdown } from '../report/escapeMarkdown.js';
import type { CaseDiff, DiffResult, FieldDiff } from './diffModel.js';

/** Field classes the text views list (`same` is only counted). Regressions first. */
const LISTED: FieldDiff['class'][] = ['changed', 'missing', 'dropped', 'transform', 'added'];
const CASE_ORDER: CaseDiff['class'][] = [
  'regression',
  'addedFailing',
  'findingsChanged',
  'coverageLost',
  'removed',
  'fixed',
  'coverageGained',
  'added',
];

function value(v: unknown): string {
  if (v === null || v === undefined) return '—';
  const s = Array.isArray(v) ? v.join('; ') : String(v);
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}

function sortedCases(d: DiffResult): CaseDiff[] {
  return [...d.cases].sort((a, b) => CASE_ORDER.indexOf(a.class) - CASE_ORDER.indexOf(b.class));
}

function listedFields(d: DiffResult) {
  return d.entities
    .flatMap((e) =>
      e.fields
        .filter((f) => LISTED.includes(f.class))
        .map((f) => ({ role: e.role, explainedBy: e.explainedBy, ...f })),
    )
    .sort((a, b) => LISTED.indexOf(a.class) - LISTED.indexOf(b.class));
}

type ListedField = ReturnType<typeof listedFields>[number];

/** A changed or missing field no lost case explains: a regression. */
const isRegression = (f: ListedField) => (f.class === 'changed' || f.class === 'missing') && !f.explainedBy;

/** The class as the views print it: explained differences name the lost cases behind them. */
function classLabel(f: ListedField): string {
  if (f.class === 'dropped') return 'dropped by v12 (v12 cannot carry this)';
  if (f.explainedBy && (f.class === 'changed' || f.class === 'missing'))
    return `${f.class}, explained by lost coverage (${f.explainedBy.join(', ')})`;
  return f.class;
}

function summaryLine(d: DiffResult): string {
  const s = d.summary;
  return (
    `${s.regressions} regression(s); cases: ${s.fixed} fixed, ${s.coverageLost} coverage lost, ${s.removed} removed; ` +
    `fields: ${s.changed} changed, ${s.missing} missing, ${s.explained ?? 0} explained by lost coverage, ${s.dropped} dropped by v12, ${s.transform} transform, ${s.added} added, ${s.same} same`
  );
}

/** The terminal summary: one headline, the regressions, and where the files went. */
export function formatDiffSummary(d: DiffResult, outDir?: string): string {
  const lines = [`diff ${d.baseline.runId} → ${d.candidate.runId}: ${summaryLine(d)}`];
  for (const n of d.compatible.notes) lines.push(`  note: ${n}`);
  for (const c of d.cases.filter((x) => x.regression)) {
    lines.push(
      `  ${c.class.padEnd(16)} ${c.id} (${c.dvvItem}) ${c.baseline ?? 'absent'} → ${c.candidate ?? 'absent'}`,
    );
  }
  for (const f of listedFields(d).filter(isRegression)) {
    lines.push(`  ${f.class.padEnd(16)} ${f.role} ${f.key}: ${value(f.baseline)} → ${value(f.candidate)}`);
  }
  if (outDir) lines.push(`written to ${outDir}`);
  return lines.join('\n') + '\n';
}

/** diff.md: summary per DVV item, cases (regressions first), then the entity fields that are not `same`. */
export function renderDiffMarkdown(d: DiffResult): string {
  const md = (s: string) => escapeMarkdown(s);
  const out = [
    `# Run comparison: ${md(d.baseline.runId)} → ${md(d.candidate.runId)}`,
    '',
    `| | Baseline | Candidate |`,
    `|---|---|---|`,
    `| Run | ${md(d.baseline.runId)} | ${md(d.candidate.runId)} |`,
    `| Target | ${md(d.baseline.target)} | ${md(d.candidate.target)} |`,
    `| API (write / read) | ${d.baseline.api.write} / ${d.baseline.api.read.join(' + ')} | ${d.candidate.api.write} / ${d.candidate.api.read.join(' + ')} |`,
    `| Seed | ${d.baseline.seed} | ${d.candidate.seed} |`,
    `| Status | ${d.baseline.status} | ${d.candidate.status} |`,
    '',
    `**${md(summaryLine(d))}**`,
    '',
  ];
  for (const n of d.compatible.notes) out.push(`- Note: ${md(n)}`);
  if (d.compatible.notes.length) out.push('');
  const items = new Map<string, Map<string, number>>();
  for (const c of d.cases) {
    const m = items.get(c.dvvItem) ?? new Map<string, number>();
    m.set(c.class, (m.get(c.class) ?? 0) + 1);
    items.set(c.dvvItem, m);
  }
  out.push('## Per DVV item', '');
  if (items.size === 0) out.push('No case changed.', '');
  else {
    out.push('| Item | Changes |', '|---|---|');
    for (const [item, m] of items)
      out.push(`| ${item} | ${[...m].map(([k, n]) => `${n} ${k}`).join(', ')} |`);
    out.push('');
  }
  out.push('## Cases', '');
  if (d.cases.length === 0) out.push('No case changed.', '');
  else {
    out.push(
      '| Case | Item | Baseline | Candidate | Class | Findings added | Findings removed |',
      '|---|---|---|---|---|---|---|',
    );
    for (const c of sortedCases(d)) {
      const f = (l: CaseDiff['findingsAdded']) =>
        l.map((x) => md(`${x.rule} @ ${x.path}`)).join('<br>') || '—';
      out.push(
        `| ${md(c.id)} | ${c.dvvItem} | ${c.baseline ?? 'absent'} | ${c.candidate ?? 'absent'} | ${c.regression ? `**${c.class}**` : c.class} | ${f(c.findingsAdded)} | ${f(c.findingsRemoved)} |`,
      );
    }
    out.push('');
  }
  out.push('## Entity fields', '');
  if (!d.compatible.fieldLevel) out.push('Not compared (see the notes above).', '');
  else {
    const rows = listedFields(d);
    if (rows.length === 0) out.push(`Every compared field is the same (${d.summary.same}).`, '');
    else {
      out.push('| Role | Neutral key | Baseline | Candidate | Class |', '|---|---|---|---|---|');
      for (const f of rows) {
        const cls = md(classLabel(f));
        out.push(
          `| ${md(f.role)} | \`${f.key}\` | ${md(value(f.baseline))} | ${md(value(f.candidate))} | ${isRegression(f) ? `**${cls}**` : cls} |`,
        );
      }
      out.push('');
    }
  }
  return out.join('\n');
}

/** diff.html: the same content as diff.md, as a standalone page. */
export function renderDiffHtml(d: DiffResult): string {
  const esc = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const table = (head: string[], rows: string[][], cls?: (i: number) => string) =>
    `<table><thead><tr>${head.map((x) => `<th>${esc(x)}</th>`).join('')}</tr></thead><tbody>${rows
      .map(
        (r, i) => `<tr${cls ? ` class="${cls(i)}"` : ''}>${r.map((x) => `<td>${esc(x)}</td>`).join('')}</tr>`,
      )
      .join('')}</tbody></table>`;
  const cases = sortedCases(d);
  const fields = listedFields(d);
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>Run comparison ${esc(d.baseline.runId)} → ${esc(d.candidate.runId)}</title>`,
    '<style>body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}.bad{background:#fde2e2}.info{background:#eef}</style>',
    '</head><body>',
    `<h1>Run comparison: ${esc(d.baseline.runId)} → ${esc(d.candidate.runId)}</h1>`,
    table(
      ['', 'Baseline', 'Candidate'],
      [
        ['Target', d.baseline.target, d.candidate.target],
        [
          'API (write / read)',
          `${d.baseline.api.write} / ${d.baseline.api.read.join(' + ')}`,
          `${d.candidate.api.write} / ${d.candidate.api.read.join(' + ')}`,
        ],
        ['Seed', String(d.baseline.seed), String(d.candidate.seed)],
        ['Status', d.baseline.status, d.candidate.status],
      ],
    ),
    `<p><strong>${esc(summaryLine(d))}</strong></p>`,
    ...d.compatible.notes.map((n) => `<p>Note: ${esc(n)}</p>`),
    '<h2>Cases</h2>',
    cases.length
      ? table(
          ['Case', 'Item', 'Baseline', 'Candidate', 'Class', 'Findings added', 'Findings removed'],
          cases.map((c) => [
            c.id,
            c.dvvItem,
            c.baseline ?? 'absent',
            c.candidate ?? 'absent',
            c.class,
            c.findingsAdded.map((x) => `${x.rule} @ ${x.path}`).join('; '),
            c.findingsRemoved.map((x) => `${x.rule} @ ${x.path}`).join('; '),
          ]),
          (i) => (cases[i]!.regression ? 'bad' : ''),
        )
      : '<p>No case changed.</p>',
    '<h2>Entity fields</h2>',
    !d.compatible.fieldLevel
      ? '<p>Not compared (see the notes above).</p>'
      : fields.length
        ? table(
            ['Role', 'Neutral key', 'Baseline', 'Candidate', 'Class'],
            fields.map((f) => [f.role, f.key, value(f.baseline), value(f.candidate), classLabel(f)]),
            (i) => (isRegression(fields[i]!) ? 'bad' : fields[i]!.class === 'dropped' ? 'info' : ''),
          )
        : `<p>Every compared field is the same (${d.summary.same}).</p>`,
    '</body></html>',
    '',
  ].join('\n');
}
