import type { ReportFormat, ReportLang } from './types.js';

/** The only home for defaults (yargs options carry none, so they never beat the config file). */
export const defaults = Object.freeze({
  target: 'sim' as const,
  seed: 20261126,
  /** Fixed so fixtures are reproducible; faker's dates are relative to it. */
  referenceDate: '2026-01-15T00:00:00.000Z',
  ruleProfile: 'live2026' as const,
  out: 'reports',
  keep: false,
  concurrency: 4,
  evidenceBodyLimit: 16_384,
  /** pdf included: a missing Chromium is only a warning (the other views are still written). */
  formats: Object.freeze(['html', 'pdf', 'md', 'junit'] as ReportFormat[]),
  langs: Object.freeze(['fi', 'en'] as ReportLang[]),
  configFileName: 'ptv-readiness.config.json',
  envFileName: '.env',
});
