import { join } from 'node:path';
import { isPtvrError, PtvrError } from '../core/errors.js';
import { toolVersion } from '../core/toolVersion.js';
import { writeFileAtomic } from '../core/writeFileAtomic.js';
import { findChrome } from './findChrome.js';
import { labels, type Lang } from './labels.js';
import type { ReportModel } from './model.js';
import { readReportModel } from './readReportModel.js';
import { renderPdf } from './renderPdf.js';
import { renderHtml, renderJunit, renderMarkdown } from './renderViews.js';
import { validateReportModel } from './validateReportModel.js';

export type ReportFormat = 'html' | 'pdf' | 'md' | 'junit';
export const REPORT_FORMATS: readonly ReportFormat[] = ['html', 'pdf', 'md', 'junit'];

export interface RenderReportsArgs {
  runDir: string;
  /** Defaults to `<runDir>/report.json`; validated either way. */
  model?: ReportModel;
  formats?: ReportFormat[];
  /** First = primary. One language: `report.html`; several: `report.<lang>.html` each + `report.html` (primary). */
  langs?: Lang[];
  chromePath?: string;
  /** Where PTV_READINESS_CHROME is read from (default process.env). */
  env?: NodeJS.ProcessEnv;
  onError?: (e: PtvrError) => void;
}

/** File names of one format for the requested languages: [lang, file][]. */
export function outputFiles(ext: 'html' | 'md' | 'pdf', langs: Lang[]): [Lang, string][] {
  const [primary] = langs;
  if (!primary) return [];
  if (langs.length === 1) return [[primary, `report.${ext}`]];
  return [[primary, `report.${ext}`], ...langs.map((l): [Lang, string] => [l, `report.${l}.${ext}`])];
}

function asPtvrError(err: unknown, what: string): PtvrError {
  if (isPtvrError(err)) return err;
  return new PtvrError(
    'PTVR_TEMPLATE_RENDER',
    `${what} failed to render: ${(err as Error)?.message ?? String(err)}`,
    {
      hint: 'this is a bug in ptv-readiness; the other report files were still written',
      cause: err,
    },
  );
}

/**
 * Renders the requested views of one run from its report model. Each view renders in isolation: a
 * failure is collected (and passed to onError) and the other views are still written, atomically.
 * An invalid model throws PTVR_REPORT_MODEL_INVALID before anything is written.
 */
export async function renderReports(
  args: RenderReportsArgs,
): Promise<{ written: string[]; errors: PtvrError[] }> {
  const model = args.model ? validateReportModel(args.model) : readReportModel(args.runDir);
  const formats = new Set(args.formats ?? REPORT_FORMATS);
  const langs = [...new Set(args.langs ?? (['fi'] as Lang[]))];
  const generator = `ptv-readiness ${toolVersion()}`;
  const written: string[] = [];
  const errors: PtvrError[] = [];
  const attempt = async (what: string, fn: () => Promise<void> | void): Promise<void> => {
    try {
      await fn();
    } catch (err) {
      const e = asPtvrError(err, what);
      errors.push(e);
      args.onError?.(e);
    }
  };
  const put = (file: string, data: string | Uint8Array): void => {
    const path = join(args.runDir, file);
    writeFileAtomic(path, data);
    written.push(path);
  };

  const html = new Map<Lang, string>();
  const htmlOf = (lang: Lang): string => {
    let text = html.get(lang);
    if (text === undefined) {
      text = renderHtml(model, lang, { generator });
      html.set(lang, text);
    }
    return text;
  };

  if (formats.has('html')) {
    for (const [lang, file] of outputFiles('html', langs)) await attempt(file, () => put(file, htmlOf(lang)));
  }
  if (formats.has('md')) {
    for (const [lang, file] of outputFiles('md', langs)) {
      await attempt(file, () => put(file, renderMarkdown(model, lang, { generator })));
    }
  }
  if (formats.has('junit')) await attempt('junit.xml', () => put('junit.xml', renderJunit(model)));
  if (formats.has('pdf')) {
    await attempt('report.pdf', async () => {
      const chrome = args.chromePath ?? findChrome(args.env);
      if (!chrome) {
        throw new PtvrError(
          'PTVR_CHROMIUM_NOT_FOUND',
          'No Chromium or Chrome was found for the PDF report.',
          {
            hint: 'install one (Debian/Ubuntu: apt-get install chromium) or set PTV_READINESS_CHROME=/path/to/chrome; the other formats were written',
          },
        );
      }
      const files = outputFiles('pdf', langs);
      const header = (lang: Lang): string =>
        [model.run.id, model.target.simulated ? labels[lang].watermark : labels[lang].title].join(' · ');
      const pdfs = await renderPdf(
        files.map(([lang]) => ({ html: htmlOf(lang), header: header(lang) })),
        chrome,
      );
      files.forEach(([, file], i) => put(file, pdfs[i]!));
    });
  }
  return { written, errors };
}
