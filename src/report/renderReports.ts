import { join } from 'node:path';
import { isPtvrError, PtvrError } from '../core/errors.js';
import { toolVersion } from '../core/toolVersion.js';
import { writeFileAtomic } from '../core/writeFileAtomic.js';
import { REPORT_FORMATS, type ReportFormat } from '../core/vocabulary.js';
import { findChrome } from './findChrome.js';
import { labels, type Lang } from './labels.js';
import type { ReportModel } from './model.js';
import { readReportModel } from './readReportModel.js';
import { launchPdfPrinter, type PdfPrinter } from './renderPdf.js';
import { createViewMemo, type ViewFiles } from './buildViewModel.js';
import { renderJunit, viewsOf } from './renderViews.js';
import { validateReportModel } from './validateReportModel.js';

export { REPORT_FORMATS, type ReportFormat };

export interface RenderReportsArgs {
  runDir: string;
  /** Defaults to `<runDir>/report.json`; validated either way. */
  model?: ReportModel;
  formats?: ReportFormat[];
  /** First = primary. One language: `report.html`; several: `report.<lang>.html` each + `report.html` (primary). */
  langs?: Lang[];
  chromePath?: string;
  /**
   * A Chromium the caller started earlier (`run` starts it while the suites run, so its start-up is
   * off the critical path); the caller closes it. Without it, one starts here when pdf is asked for.
   */
  printer?: Promise<PdfPrinter>;
  /** Where PTV_READINESS_CHROME is read from (default process.env). */
  env?: NodeJS.ProcessEnv;
  onError?: (e: PtvrError) => void;
  /**
   * Called before each phase with the documents it writes (their annexes come with them): the text
   * views (Chromium prints the PDFs meanwhile), then the wait for the PDFs still printing.
   */
  onPhase?: (phase: 'text' | 'pdf', files: string[]) => void;
  /** Called as each PDF is printed, with the PDFs still printing (for the status line). */
  onPrinted?: (file: string, printing: string[]) => void;
}

export type ViewBase = 'report' | 'annex';

/**
 * File names of one format for the requested languages: [lang, file][]. The document is `report`,
 * its annex (every case with all of its evidence) `annex`, named the same way.
 */
export function outputFiles(
  ext: 'html' | 'md' | 'pdf',
  langs: Lang[],
  base: ViewBase = 'report',
): [Lang, string][] {
  const [primary] = langs;
  if (!primary) return [];
  if (langs.length === 1) return [[primary, `${base}.${ext}`]];
  return [[primary, `${base}.${ext}`], ...langs.map((l): [Lang, string] => [l, `${base}.${l}.${ext}`])];
}

/**
 * The names a language's document and annex link each other by. With several languages the
 * language's own files (`annex.fi.html`), so the plain-named copy of the primary links correctly too.
 */
export function viewFiles(lang: Lang, langs: Lang[], ext: 'html' | 'md' = 'html'): ViewFiles {
  const suffix = langs.length > 1 ? `.${lang}` : '';
  return { report: `report${suffix}.${ext}`, annex: `annex${suffix}.${ext}`, annexPdf: `annex${suffix}.pdf` };
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

  // One view model per language feeds all of its views; each view is rendered once and reused for
  // the primary language's plain-named copy.
  const views = new Map<Lang, ReturnType<typeof viewsOf>>();
  const memo = createViewMemo();
  const viewsFor = (lang: Lang) => {
    let v = views.get(lang);
    if (!v) {
      v = viewsOf(model, lang, {
        generator,
        files: viewFiles(lang, langs),
        mdFiles: viewFiles(lang, langs, 'md'),
        memo,
      });
      views.set(lang, v);
    }
    return v;
  };
  const cache = new Map<string, string>();
  const once = (key: string, render: () => string): string => {
    let text = cache.get(key);
    if (text === undefined) {
      text = render();
      cache.set(key, text);
    }
    return text;
  };
  const htmlOf = (lang: Lang): string => once(`html:${lang}`, () => viewsFor(lang).html());
  const annexHtmlOf = (lang: Lang, print = false): string =>
    once(`annex:${lang}:${print}`, () => viewsFor(lang).annexHtml(print));

  // Chromium starts now (unless the caller started it already) and comes up while the first HTML
  // renders; attempt() never throws, so the PDF block always settles, and a launch failure is
  // reported there, not as an unhandled rejection.
  const docPdf = formats.has('pdf');
  const annexPdf = formats.has('annex-pdf');
  const anyPdf = docPdf || annexPdf;
  const chrome = anyPdf && !args.printer ? (args.chromePath ?? findChrome(args.env)) : undefined;
  const ownPrinter: Promise<PdfPrinter> | undefined = chrome ? launchPdfPrinter(chrome) : undefined;
  ownPrinter?.catch(() => undefined);
  const printer = anyPdf ? (args.printer ?? ownPrinter) : undefined;
  const docJobs = docPdf ? outputFiles('pdf', langs) : [];
  const annexJobs = annexPdf ? outputFiles('pdf', langs, 'annex') : [];
  const pdfFiles = [...docJobs, ...annexJobs].map(([, file]) => file);
  let textRendered: () => void = () => undefined;
  const textDone = new Promise<void>((resolve) => (textRendered = resolve));
  const textFiles = (['html', 'md'] as const)
    .filter((f) => formats.has(f))
    .flatMap((f) => outputFiles(f, langs).map(([, file]) => file));
  if (formats.has('junit')) textFiles.push('junit.xml');
  if (textFiles.length > 0) args.onPhase?.('text', textFiles);
  // The PDFs' HTML renders first and goes to Chromium, which prints it in its own processes while
  // this one renders and writes the text views.
  const pdfs = anyPdf
    ? attempt(pdfFiles[0] ?? 'report.pdf', async () => {
        if (!printer) {
          throw new PtvrError(
            'PTVR_CHROMIUM_NOT_FOUND',
            'No Chromium or Chrome was found for the PDF report.',
            {
              hint: 'install one (Debian/Ubuntu: apt-get install chromium) or set PTV_READINESS_CHROME=/path/to/chrome; the other formats were written',
            },
          );
        }
        const chromium = await printer;
        // One Chromium prints every PDF: the documents, then the annexes (printed with every case open).
        const header = (lang: Lang, title: string): string =>
          [model.run.id, model.target.simulated ? labels[lang].watermark : title].join(' · ');
        const jobs = [
          ...docJobs.map(([lang, file]) => ({
            file,
            key: `report:${lang}`,
            html: () => htmlOf(lang),
            header: header(lang, labels[lang].title),
          })),
          ...annexJobs.map(([lang, file]) => ({
            file,
            key: `annex:${lang}`,
            html: () => annexHtmlOf(lang, true),
            header: header(lang, labels[lang].annexTitle),
          })),
        ];
        // A language's plain-named copy is the same document: each is printed once, and its status line
        // names the language's own file (the last job of its key).
        const named = new Map(jobs.map((j) => [j.key, j.file]));
        const left = new Set(named.values());
        const printing = new Map<string, Promise<Buffer>>();
        for (const j of jobs) {
          if (printing.has(j.key)) continue;
          const pdf = chromium.print([{ html: j.html(), header: j.header }]).then(([buffer]) => {
            left.delete(named.get(j.key)!);
            args.onPrinted?.(named.get(j.key)!, [...left]);
            return buffer!;
          });
          // Awaited below, with the others; a failure must not count as unhandled meanwhile.
          pdf.catch(() => undefined);
          // Sent now (the IPC write is synchronous while the socket has room): Chromium prints this
          // document while the next one's HTML renders.
          printing.set(j.key, pdf);
        }
        // The text views render while Chromium prints (their errors are their own).
        await textDone;
        args.onPhase?.('pdf', pdfFiles);
        const buffers = new Map<string, Buffer>();
        for (const [key, pdf] of printing) buffers.set(key, await pdf);
        for (const j of jobs) put(j.file, buffers.get(j.key)!);
      })
    : undefined;
  if (formats.has('html')) {
    for (const [lang, file] of outputFiles('html', langs)) await attempt(file, () => put(file, htmlOf(lang)));
    for (const [lang, file] of outputFiles('html', langs, 'annex')) {
      await attempt(file, () => put(file, annexHtmlOf(lang)));
    }
  }
  if (formats.has('md')) {
    for (const [lang, file] of outputFiles('md', langs)) {
      await attempt(file, () =>
        put(
          file,
          once(`md:${lang}`, () => viewsFor(lang).md()),
        ),
      );
    }
    for (const [lang, file] of outputFiles('md', langs, 'annex')) {
      await attempt(file, () =>
        put(
          file,
          once(`annex-md:${lang}`, () => viewsFor(lang).annexMd()),
        ),
      );
    }
  }
  if (formats.has('junit')) await attempt('junit.xml', () => put('junit.xml', renderJunit(model)));
  textRendered();
  await pdfs;
  if (ownPrinter)
    await ownPrinter.then(
      (p) => p.close(),
      () => undefined,
    );
  return { written, errors };
}
