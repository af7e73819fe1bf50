import { DEFAULT_REPORT_FORMATS, DEFAULT_RULE_PROFILE, type ReportLang } from '../core/vocabulary.js';

/** The only home for defaults (yargs options carry none, so they never beat the config file). */
export const defaults = Object.freeze({
  target: 'sim' as const,
  seed: 20261126,
  /** Fixed so fixtures are reproducible; faker's dates are relative to it. */
  referenceDate: '2026-01-15T00:00:00.000Z',
  ruleProfile: DEFAULT_RULE_PROFILE,
  out: 'reports',
  keep: false,
  /** Requests in flight (1–32, well under PTV's 64 per user); a 429 lowers it for a while. */
  concurrency: 8,
  evidenceBodyLimit: 16_384,
  /**
   * pdf included: a missing Chromium is only a warning (the other views are still written). The
   * annex's PDF (annex-pdf) only on request: `bundle` prints it for DVV.
   */
  formats: DEFAULT_REPORT_FORMATS,
  /** A run writes both languages; `report` re-renders the Finnish one unless told otherwise. */
  langs: Object.freeze(['fi', 'en'] as const satisfies readonly ReportLang[]),
  rerenderLangs: Object.freeze(['fi'] as const satisfies readonly ReportLang[]),
  configFileName: 'ptv-readiness.config.json',
  envFileName: '.env',
});
