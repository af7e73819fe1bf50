import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { annexPdfCommand } from '../report/annexPdf.js';
import type { CaseResult, ReportModel } from '../report/model.js';

/** The end line's word for each status: what a reviewer may call the run. */
const WORD: Record<ReportModel['status'], string> = {
  passed: 'READY',
  failed: 'NOT READY',
  partial: 'PARTIAL',
  error: 'INCOMPLETE (harness error)',
  interrupted: 'INTERRUPTED',
  'not-run': 'NOT RUN',
  rehearsal: 'V12 REHEARSAL PASSED (provisional: v12 write routes INFERRED, not valid for submission)',
};

/** At most this many failures are listed; the report has all of them. */
const MAX_LISTED = 25;

/** Why a case failed, in one line: its exception, else its first error finding. */
export function failureReason(c: CaseResult): string {
  const finding = c.findings.find((f) => f.severity === 'error');
  const text = c.error ?? (finding ? `${finding.path}: ${finding.message}` : 'failed');
  const first = text.split('\n')[0] ?? '';
  return first.length > 200 ? first.slice(0, 199) + '…' : first;
}

/** The report file a person should open: report.html, else the first language's, else Markdown. */
export function fileToOpen(runDir: string, langs: readonly string[]): string | undefined {
  const candidates = [
    'report.html',
    ...langs.map((l) => `report.${l}.html`),
    'report.md',
    ...langs.map((l) => `report.${l}.md`),
  ];
  const found = candidates.find((f) => existsSync(join(runDir, f)));
  return found === undefined ? undefined : join(runDir, found);
}

/**
 * The end summary: verdict and counts, what did not run, each failure with its reason, how to print the
 * annex's PDF when it was not, the file to open.
 */
export function formatRunSummary(m: ReportModel, open: string | undefined, runDir: string): string[] {
  const count = (s: string): number => m.cases.filter((c) => c.status === s).length;
  const notRun = m.coverage?.notRun ?? [];
  const incomplete = m.coverage?.incomplete ?? [];
  const lines = [
    `${WORD[m.status]}: ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped` +
      (notRun.length ? ` — DVV items not run: ${notRun.join(', ')}` : '') +
      (incomplete.length ? ` — with skipped cases: ${incomplete.join(', ')}` : ''),
  ];
  if (m.status === 'not-run' && m.errors[0]) lines.push(`  not run: ${m.errors[0].code}`);
  const failed = m.cases.filter((c) => c.status === 'failed');
  if (failed.length > 0) {
    lines.push(`Failed cases (${failed.length}):`);
    for (const c of failed.slice(0, MAX_LISTED))
      lines.push(`  ✗ ${c.id} [${c.dvvItem}] ${c.title} — ${failureReason(c)}`);
    if (failed.length > MAX_LISTED) lines.push(`  … and ${failed.length - MAX_LISTED} more in the report`);
  }
  // The annex's PDF (121 pages) is printed on request only; say how, before the file to open.
  const annexPdf = m.status === 'not-run' ? undefined : annexPdfCommand(runDir);
  if (annexPdf) lines.push(`Annex PDF (\`bundle\` prints it for DVV): ${annexPdf}`);
  lines.push(open ? `Open: ${open}` : `Run directory: ${runDir}`);
  return lines;
}
