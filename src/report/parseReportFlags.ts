import { defaults } from '../config/defaults.js';
import { parseCommaList } from '../core/parseCommaList.js';
import { REPORT_FORMATS, REPORT_LANGS, type ReportFormat, type ReportLang } from '../core/vocabulary.js';

/** `--format html,pdf` → ['html','pdf']; PTVR_USAGE on anything unknown. */
export function parseFormats(value: string | undefined): ReportFormat[] {
  return value === undefined ? [...defaults.formats] : parseCommaList('--format', value, REPORT_FORMATS);
}

/** `--lang fi,en` → ['fi','en'] (first = primary, also written as report.html). */
export function parseLangs(value: string | undefined): ReportLang[] {
  return value === undefined ? [...defaults.rerenderLangs] : parseCommaList('--lang', value, REPORT_LANGS);
}
