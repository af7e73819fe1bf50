import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT_LANGS, type ReportLang } from '../core/vocabulary.js';

const has = (runDir: string, file: string): boolean => existsSync(join(runDir, file));

/** The `<html lang="…">` of a rendered view (the first 512 bytes suffice), if it names a report language. */
function langOfHtml(path: string): ReportLang | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const head = Buffer.alloc(512);
    const n = readSync(fd, head, 0, head.length, 0);
    const lang = /<html[^>]*\slang="([a-z]+)"/i.exec(head.subarray(0, n).toString('utf8'))?.[1];
    return REPORT_LANGS.find((l) => l === lang);
  } finally {
    closeSync(fd);
  }
}

/**
 * The languages a run's views were rendered in, primary first (as `--lang` took them): the per-language
 * files (`report.fi.html`, `annex.en.md`, …) name them, the plain-named `report.html` is the primary's
 * copy. Empty when nothing names a language (a one-language Markdown-only run).
 */
export function renderedLangsOf(runDir: string): ReportLang[] {
  const exts = ['html', 'md', 'pdf'];
  const perLang = REPORT_LANGS.filter((l) =>
    exts.some((e) => has(runDir, `report.${l}.${e}`) || has(runDir, `annex.${l}.${e}`)),
  );
  const primary = langOfHtml(join(runDir, 'report.html')) ?? langOfHtml(join(runDir, 'annex.html'));
  if (!primary) return perLang;
  return [primary, ...perLang.filter((l) => l !== primary)];
}

/** The annex PDFs in a run directory (`annex.pdf`, `annex.fi.pdf`, …). */
export function annexPdfsOf(runDir: string): string[] {
  return ['annex.pdf', ...REPORT_LANGS.map((l) => `annex.${l}.pdf`)].filter((f) => has(runDir, f));
}

/**
 * The command that prints a run's annex PDF, when the run rendered its annex (HTML or Markdown) but did
 * not print it (`run` prints the document only, unless `--formats` has annex-pdf); undefined otherwise.
 */
export function annexPdfCommand(runDir: string): string | undefined {
  const annexViews = ['html', 'md'].some(
    (e) => has(runDir, `annex.${e}`) || REPORT_LANGS.some((l) => has(runDir, `annex.${l}.${e}`)),
  );
  if (!annexViews || annexPdfsOf(runDir).length > 0) return undefined;
  const langs = renderedLangsOf(runDir);
  return `ptv-readiness report ${runDir} --format annex-pdf${langs.length ? ` --lang ${langs.join(',')}` : ''}`;
}
