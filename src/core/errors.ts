/**
 * One error class for every failure the harness itself reports (as opposed to findings, which are data).
 * Match on `code`, never on `instanceof`: the CLI may load a module from both src/ and dist/.
 */
export const errorCodes = {
  PTVR_USAGE: 'Bad command line: unknown flag, missing argument or invalid value.',
  PTVR_CONFIG_INVALID: 'ptv-readiness.config.json or a PTV_* variable has an invalid value.',
  PTVR_CONFIG_NOT_FOUND: 'A config or secrets file named on the command line does not exist.',
  PTVR_SECRET_MISSING: 'A credential the target needs (PTV_USERNAME / PTV_PASSWORD) is not set.',
  PTVR_SECRET_ON_ARGV:
    'A secret was passed as a command-line flag or inside a URL (user:password@); secrets come from the environment or a file.',
  PTVR_AUTH_FAILED: 'The token endpoint refused the credentials or answered in an unknown shape.',
  PTVR_TARGET_UNREACHABLE: 'The API or token host could not be reached (DNS, firewall, TLS, timeout).',
  PTVR_PRODUCTION_WRITE_REFUSED:
    'A write request (POST/PUT) to a production PTV host was refused before sending.',
  PTVR_HTTP: 'PTV answered with an unexpected status where the flow needed success.',
  PTVR_INPUT_UNREADABLE: 'An input file or directory does not exist or cannot be read.',
  PTVR_INPUT_INVALID_JSON: 'An input file is not valid JSON / NDJSON.',
  PTVR_UNKNOWN_KIND: 'The entity kind could not be inferred or is not one ptv-readiness knows.',
  PTVR_SCHEMA_COMPILE: 'A bundled JSON Schema failed to compile (a bug in ptv-readiness).',
  PTVR_DB: 'The simulator database could not be opened or written.',
  PTVR_PORT_IN_USE: 'The simulator port is already in use.',
  PTVR_RUN_DIR_INVALID: 'The run directory does not exist or holds no report.json / ledger.ndjson.',
  PTVR_REPORT_MODEL_INVALID: 'report.json does not match the report model schema.',
  PTVR_TEMPLATE_RENDER: 'A report template failed to render.',
  PTVR_CHROMIUM_NOT_FOUND: 'No Chromium/Chrome executable was found for PDF output.',
  PTVR_PDF_FAILED: 'Chromium could not print the PDF.',
  PTVR_MANIFEST_MISMATCH: 'A run directory differs from its manifest.json.',
  PTVR_SECRET_LEAK: 'A secret value was found in a written artefact.',
  PTVR_BUNDLE_REFUSED:
    'A run cannot go to DVV as it is: a simulator, partial, interrupted or local run, or its PDF is missing.',
  PTVR_INTERRUPTED: 'The run was interrupted (SIGINT/SIGTERM).',
  PTVR_INTERNAL: 'An unexpected internal error (a bug in ptv-readiness).',
  PTVR_ROUTE_MAP_INVALID: 'The v12 route map fails its schema or names a request schema that does not exist.',
  PTVR_SPEC_UNREACHABLE: 'The published v12 OpenAPI document could not be fetched, read or parsed.',
  PTVR_DIFF_INCOMPATIBLE:
    '`diff` cannot compare the two runs: a run directory or its report.json is unreadable or invalid.',
  PTVR_ADAPTER_FAILED: 'The driven-run adapter exited non-zero for an operation.',
  PTVR_ADAPTER_TIMEOUT: 'The driven-run adapter did not answer within --adapter-timeout (it was stopped).',
  PTVR_ADAPTER_OUTPUT_INVALID:
    "The driven-run adapter's stdout was not one JSON document of the answer's shape.",
  PTVR_ADAPTER_NOT_FOUND: 'The driven-run adapter does not exist or is not executable.',
  PTVR_V12_ROUTE_UNAVAILABLE:
    'The v12 route map marks the write operation as not expressible (null), or a v12 write lacks what its route needs.',
} as const;

export type PtvrErrorCode = keyof typeof errorCodes;

export interface PtvrErrorOptions {
  hint?: string;
  cause?: unknown;
  /** Structured details for --json output (never secrets). */
  details?: Record<string, unknown>;
}

export class PtvrError extends Error {
  override readonly name = 'PtvrError';
  readonly code: PtvrErrorCode;
  readonly hint: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: PtvrErrorCode, message: string, options: PtvrErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.hint = options.hint;
    this.details = options.details;
  }
}

/** True for any error carrying a PTVR_* code, whichever copy of this module created it. */
export function isPtvrError(err: unknown): err is PtvrError {
  return (
    typeof err === 'object' &&
    err !== null &&
    typeof (err as { code?: unknown }).code === 'string' &&
    (err as { code: string }).code in errorCodes
  );
}
