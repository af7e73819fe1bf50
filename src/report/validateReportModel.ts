import { lazyValidator } from '../core/lazyValidator.js';
import { capString } from '../core/capString.js';
import { PtvrError } from '../core/errors.js';
import { jsonDepth } from '../core/jsonDepth.js';
import type { ReportModel } from './model.js';
import { reportModelSchema } from './reportModelSchema.js';

/** At most this many violations are spelled out in the error message (all are in `details`). */
const MAX_LISTED = 20;

const validator = lazyValidator<ReportModel>(reportModelSchema, 'report model');

/**
 * Deepest nesting a report model may have: the model's own structure is 8 levels, values from outside
 * are capped at 32 (capValue); anything deeper was not written by `run` and could overflow a renderer.
 */
export const MAX_MODEL_DEPTH = 64;

/** Checks a parsed report.json against the report model schema; throws PTVR_REPORT_MODEL_INVALID. */
export function validateReportModel(json: unknown): ReportModel {
  if (jsonDepth(json, MAX_MODEL_DEPTH) > MAX_MODEL_DEPTH) {
    throw new PtvrError(
      'PTVR_REPORT_MODEL_INVALID',
      `report.json nests deeper than ${MAX_MODEL_DEPTH} levels (or is cyclic); a report model never does.`,
      { hint: 'report.json is written by `ptv-readiness run`; re-run instead of editing it' },
    );
  }
  const validate = validator();
  if (validate(json)) return json;
  const violations = (validate.errors ?? []).map((e) => {
    const where = e.instancePath === '' ? '(root)' : e.instancePath;
    const extra =
      e.keyword === 'additionalProperties'
        ? ` '${String((e.params as { additionalProperty?: unknown }).additionalProperty)}'`
        : e.keyword === 'enum'
          ? ` (${((e.params as { allowedValues?: unknown[] }).allowedValues ?? []).join(', ')})`
          : '';
    return capString(`${where} ${e.message ?? e.keyword}${extra}`, 300);
  });
  const listed = violations.slice(0, MAX_LISTED);
  const more = violations.length > MAX_LISTED ? `\n  … and ${violations.length - MAX_LISTED} more` : '';
  throw new PtvrError(
    'PTVR_REPORT_MODEL_INVALID',
    `report.json does not match the report model (${violations.length} violation${violations.length === 1 ? '' : 's'}):\n  ${listed.join('\n  ')}${more}`,
    {
      hint: 'report.json is written by `ptv-readiness run`; re-run, or fix the listed fields by hand',
      details: { violations },
    },
  );
}

/**
 * Compiles the report model schema now (a few hundred ms of Ajv code generation): `run` calls this
 * while the vitest worker starts, so the check before rendering does not pay for it at the end.
 */
export function prepareReportModelValidation(): void {
  validator();
}
