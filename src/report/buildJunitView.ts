import { dvvItems } from './dvvItems.js';
import { displayValue } from './displayValue.js';
import type { CaseResult, ReportModel } from './model.js';
import { xmlSafeView } from './xmlText.js';

/** The JUnit view: one testsuite per DVV item, one testcase per case, no hostname (privacy). */
const seconds = (ms: number): string => (ms / 1000).toFixed(3);

function failureOf(c: CaseResult): { message: string; type: string; text: string } | '' {
  if (c.status !== 'failed') return '';
  const errors = c.findings.filter((f) => f.severity === 'error');
  const lines = [
    ...(c.error ? [c.error] : []),
    ...c.findings.map(
      (f) =>
        `${f.severity} ${f.path} (${f.rule}): ${f.message}` +
        (f.expected !== undefined || f.actual !== undefined
          ? ` expected=${displayValue(f.expected)} actual=${displayValue(f.actual)}`
          : ''),
    ),
    ...c.ptvMessages.map((m) => `PTV: ${m}`),
  ];
  return {
    message: c.error ?? errors[0]?.message ?? 'failed',
    type: c.error ? 'error' : (errors[0]?.rule ?? 'failed'),
    text: lines.join('\n'),
  };
}

/** Every string in the view is made XML 1.0-safe (see xmlText): PTV messages may hold control characters. */
export function buildJunitView(model: ReportModel) {
  return xmlSafeView(junitView(model));
}

function junitView(model: ReportModel) {
  const suites = dvvItems
    .map(({ item, en }) => {
      const cases = model.cases.filter((c) => c.dvvItem === item);
      return {
        item,
        name: `${item} ${en}`,
        tests: cases.length,
        failures: cases.filter((c) => c.status === 'failed').length,
        skipped: cases.filter((c) => c.status === 'skipped').length,
        time: seconds(cases.reduce((s, c) => s + c.durationMs, 0)),
        cases: cases.map((c) => ({
          classname: `ptv-readiness.${item}`,
          name: `${c.id} ${c.title}`,
          file: c.file,
          time: seconds(c.durationMs),
          properties: [
            { name: 'caseId', value: c.id },
            { name: 'attempts', value: String(c.attempts) },
            ...(c.entityIds.length ? [{ name: 'entityIds', value: c.entityIds.join(' ') }] : []),
            ...(c.evidenceIds.length ? [{ name: 'evidenceIds', value: c.evidenceIds.join(' ') }] : []),
          ],
          failure: failureOf(c),
          skipped:
            c.status === 'skipped'
              ? [c.blockedBy ? `blocked by ${c.blockedBy}` : '', c.skipReason ?? '']
                  .filter(Boolean)
                  .join(': ') || 'skipped'
              : '',
        })),
      };
    })
    .filter((s) => s.tests > 0);
  const all = model.cases;
  return {
    runId: model.run.id,
    tests: all.length + model.errors.length,
    failures: all.filter((c) => c.status === 'failed').length,
    errors: model.errors.length,
    skipped: all.filter((c) => c.status === 'skipped').length,
    time: seconds(model.run.durationMs),
    // JUnit wants local ISO time without zone; UTC keeps it unambiguous and machine-independent.
    timestamp: model.run.startedAt.replace(/\.\d+Z$|Z$/, ''),
    target: model.target.apiUrl,
    simulated: String(model.target.simulated),
    // The verdict on every testsuite, so CI can tell READY from a PARTIAL subset run.
    runProperties: [
      { name: 'verdict', value: model.status },
      ...(model.coverage
        ? [
            { name: 'dvvItemsSelected', value: model.coverage.selected.join(' ') },
            { name: 'dvvItemsNotRun', value: model.coverage.notRun.join(' ') },
          ]
        : []),
    ],
    suites,
    harnessErrors: model.errors,
  };
}
