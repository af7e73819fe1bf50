export * from './model.js';
export { validateReportModel } from './validateReportModel.js';
export { readReportModel } from './readReportModel.js';
export { confirmRunFacts } from './confirmRunFacts.js';
export {
  renderReports,
  outputFiles,
  viewFiles,
  REPORT_FORMATS,
  type ReportFormat,
  type RenderReportsArgs,
} from './renderReports.js';
export { writeManifest, verifyManifest, MANIFEST, type Manifest, type VerifyResult } from './manifest.js';
export { findChrome, CHROME_CANDIDATES } from './findChrome.js';
export { CHROMIUM_ARGS } from './chromiumArgs.js';
export { reportModelSchema } from './reportModelSchema.js';
export {
  renderHtml,
  renderAnnexHtml,
  renderMarkdown,
  renderAnnexMarkdown,
  renderJunit,
} from './renderViews.js';
export type { Lang } from './labels.js';
export { parseFormats, parseLangs } from './parseReportFlags.js';
