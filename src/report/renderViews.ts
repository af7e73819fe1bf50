import type { ReportModel } from './model.js';
import {
  buildViewModel,
  evidenceNote,
  viewVariant,
  type ViewFiles,
  type ViewModel,
  type ViewOptions,
} from './buildViewModel.js';
import { buildJunitView } from './buildJunitView.js';
import { annexScript, reportCss, template } from './environments.js';
import type { Lang } from './labels.js';

/** `ptv-readiness 0.1.0`: which renderer produced the views (may differ from the tool that ran). */
export interface RenderOptions extends ViewOptions {
  generator: string;
  /** The names the Markdown views link each other by (default `report.md` / `annex.md`). */
  mdFiles?: ViewFiles;
}
type Model = ReportModel;

const MD_FILES: ViewFiles = { report: 'report.md', annex: 'annex.md', annexPdf: 'annex.pdf' };

/**
 * Every view of one language from one view model (built once: it is the costly part). The document
 * (`report.*`): cover, verdict, per-item table, what was done, ids, CTE limits, contact. The annex
 * (`annex.*`): every case with all of its requests and read-backs; the HTML collapsed with search and
 * filter, the print version open with one line per request.
 */
export function viewsOf(model: Model, lang: Lang, options: RenderOptions) {
  let built: ViewModel | undefined;
  const vm = (): ViewModel => (built ??= buildViewModel(model, lang, options));
  const withNote = (v: ViewModel) => ({ ...v, evidenceNote: evidenceNote(v), generator: options.generator });
  const md = (): ViewModel => viewVariant(vm(), { files: options.mdFiles ?? MD_FILES, print: false });
  return {
    html: (): string => template('html')({ ...withNote(vm()), css: reportCss() }),
    annexHtml: (print = false): string => {
      const { text, hash } = annexScript();
      return template('annex-html')({
        ...withNote(viewVariant(vm(), { print })),
        css: reportCss(),
        script: text,
        scriptHash: hash,
      });
    },
    md: (): string => template('md')(withNote(md())),
    annexMd: (): string => template('annex-md')(withNote(md())),
  };
}

export function renderHtml(model: Model, lang: Lang, options: RenderOptions): string {
  return viewsOf(model, lang, options).html();
}

export function renderAnnexHtml(model: Model, lang: Lang, options: RenderOptions): string {
  return viewsOf(model, lang, options).annexHtml(options.print === true);
}

export function renderMarkdown(model: Model, lang: Lang, options: RenderOptions): string {
  return viewsOf(model, lang, options).md();
}

export function renderAnnexMarkdown(model: Model, lang: Lang, options: RenderOptions): string {
  return viewsOf(model, lang, options).annexMd();
}

export function renderJunit(model: ReportModel): string {
  return template('junit')(buildJunitView(model));
}
