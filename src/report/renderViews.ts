import type { ReportModel } from './model.js';
import { buildViewModel } from './buildViewModel.js';
import { buildJunitView } from './buildJunitView.js';
import { reportCss, template } from './environments.js';
import type { Lang } from './labels.js';

/** `ptv-readiness 0.1.0`: which renderer produced the views (may differ from the tool that ran). */
export interface RenderOptions {
  generator: string;
}

export function renderHtml(model: ReportModel, lang: Lang, options: RenderOptions): string {
  return template('html')({ ...buildViewModel(model, lang), css: reportCss(), generator: options.generator });
}

export function renderMarkdown(model: ReportModel, lang: Lang, options: RenderOptions): string {
  return template('md')({ ...buildViewModel(model, lang), generator: options.generator });
}

export function renderJunit(model: ReportModel): string {
  return template('junit')(buildJunitView(model));
}
