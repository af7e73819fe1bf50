import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PtvrError } from '../core/errors.js';
import { writeFileAtomic } from '../core/writeFileAtomic.js';
import { CONTENT_FORMATS, type ContentFormat } from '../core/vocabulary.js';
import { findChrome } from '../report/findChrome.js';
import { renderPdf } from '../report/renderPdf.js';
import { CONTENT_LABELS } from './contentLabels.js';
import type { ContentModel } from './contentModel.js';
import { renderContentHtml, renderContentMarkdown } from './renderContent.js';
import { findingsToCsv } from './toCsv.js';
import { findingsToXlsx } from './toXlsx.js';
import type { ContentLang } from './types.js';
import { validateContentModel } from './validateContentModel.js';

export { CONTENT_FORMATS, type ContentFormat };

export interface WrittenContentReport {
  files: string[];
  /** A view that could not be produced (the PDF without Chromium); the other files are written. */
  warnings: PtvrError[];
}

/**
 * Writes `<dir>/content.json` (validated against its schema first) and the views, each atomically:
 * `content.<lang>.html|pdf|md|csv|xlsx`. The PDF prints the HTML with the system Chromium (the same
 * renderer as the technical report); without one it is a warning, as in `run`.
 */
export async function writeContentReport(
  dir: string,
  model: ContentModel,
  formats: readonly ContentFormat[],
  langs: readonly ContentLang[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<WrittenContentReport> {
  validateContentModel(model);
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const warnings: PtvrError[] = [];
  const write = (name: string, data: string | Uint8Array) => {
    writeFileAtomic(join(dir, name), data);
    files.push(name);
  };
  write('content.json', `${JSON.stringify(model, null, 2)}\n`);
  const html = new Map(langs.map((lang) => [lang, renderContentHtml(model, lang)]));
  for (const lang of langs) {
    if (formats.includes('html')) write(`content.${lang}.html`, html.get(lang)!);
    if (formats.includes('md')) write(`content.${lang}.md`, renderContentMarkdown(model, lang));
    if (formats.includes('csv')) write(`content.${lang}.csv`, findingsToCsv(model.findings, lang));
    if (formats.includes('xlsx')) write(`content.${lang}.xlsx`, await findingsToXlsx(model, lang));
  }
  if (formats.includes('pdf')) {
    const chrome = findChrome(env);
    if (!chrome) {
      warnings.push(
        new PtvrError(
          'PTVR_CHROMIUM_NOT_FOUND',
          'No Chromium or Chrome was found for the PDF content report.',
          {
            hint: 'install one (apt-get install chromium) or set PTV_READINESS_CHROME; the other formats were written',
          },
        ),
      );
    } else {
      try {
        const pdfs = await renderPdf(
          langs.map((lang) => ({
            html: html.get(lang)!,
            header: [
              model.runId,
              model.target.simulated ? CONTENT_LABELS[lang].simulated : CONTENT_LABELS[lang].title,
            ].join(' · '),
          })),
          chrome,
        );
        langs.forEach((lang, i) => write(`content.${lang}.pdf`, pdfs[i]!));
      } catch (err) {
        if (!(err instanceof PtvrError)) throw err;
        warnings.push(err);
      }
    }
  }
  return { files, warnings };
}
