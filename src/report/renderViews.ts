import type { ReportModel } from './model.js';
import { buildViewModel, type ViewInput, type ViewOptions } from './buildViewModel.js';
import { buildJunitView } from './buildJunitView.js';
import { annexScript, reportCss, template } from './environments.js';
import type { Lang } from './labels.js';

/** `ptv-readiness 0.1.0`: which renderer produced the views (may differ from the tool that ran). */
export interface RenderOptions extends ViewOptions {
  generator: string;
}
type Model = ReportModel | ViewInput;

/** The reviewer's document: cover, verdict, per-item table, what was done, ids, CTE limits, contact. */
export function renderHtml(model: Model, lang: Lang, options: RenderOptions): string {
  return template('html')({
    ...buildViewModel(model, lang, options),
    css: reportCss(),
    generator: options.generator,
  });
}

/** The annex: every case with all of its requests and read-backs (collapsed; search and filter). */
export function renderAnnexHtml(model: Model, lang: Lang, options: RenderOptions): string {
  const { text, hash } = annexScript();
  return template('annex-html')({
    ...buildViewModel(model, lang, options),
    css: reportCss(),
    script: text,
    scriptHash: hash,
    generator: options.generator,
  });
}

export function renderMarkdown(model: Model, lang: Lang, options: RenderOptions): string {
  return template('md')({ ...buildViewModel(model, lang, options), generator: options.generator });
}

export function renderAnnexMarkdown(model: Model, lang: Lang, options: RenderOptions): string {
  return template('annex-md')({ ...buildViewModel(model, lang, options), generator: options.generator });
}

export function renderJunit(model: ReportModel): string {
  return template('junit')(buildJunitView(model));
}
