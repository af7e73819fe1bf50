import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../core/writeFileAtomic.js';
import type { ContentModel } from './contentModel.js';
import { renderContentHtml, renderContentMarkdown } from './renderContent.js';
import { findingsToCsv } from './toCsv.js';
import type { ContentLang } from './types.js';
import { validateContentModel } from './validateContentModel.js';

export const CONTENT_FORMATS = ['html', 'md', 'csv'] as const;
export type ContentFormat = (typeof CONTENT_FORMATS)[number];

/**
 * Writes `<dir>/content.json` (validated against its schema first) and the views, each atomically:
 * `content.<lang>.html|md|csv`. Returns the file names written.
 */
export function writeContentReport(
  dir: string,
  model: ContentModel,
  formats: readonly ContentFormat[],
  langs: readonly ContentLang[],
): string[] {
  validateContentModel(model);
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const write = (name: string, data: string) => {
    writeFileAtomic(join(dir, name), data);
    written.push(name);
  };
  write('content.json', `${JSON.stringify(model, null, 2)}\n`);
  for (const lang of langs) {
    if (formats.includes('html')) write(`content.${lang}.html`, renderContentHtml(model, lang));
    if (formats.includes('md')) write(`content.${lang}.md`, renderContentMarkdown(model, lang));
    if (formats.includes('csv')) write(`content.${lang}.csv`, findingsToCsv(model.findings, lang));
  }
  return written;
}
