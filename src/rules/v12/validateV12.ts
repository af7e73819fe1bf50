import type { ValidateFunction } from 'ajv';
import { isFailing, type Finding } from '../../core/finding.js';
import { PtvrError } from '../../core/errors.js';
import { createAjv12, V12_SCHEMA_ID } from './createAjv12.js';
import { v12Msg } from './messages.js';
import type { V12RequestSchema } from './schemas.js';
import { toV12Findings } from './toV12Findings.js';
import { carriedOverRules } from './carriedOverRules.js';
import { v12SchemaFor, type V12Kind } from './v12Kinds.js';

export interface V12ValidationResult {
  valid: boolean;
  schema: V12RequestSchema;
  findings: Finding[];
}

const compiled = new Map<string, ValidateFunction>();

/** The compiled validator of one request schema (compiled once per process). */
export function v12Validator(schema: V12RequestSchema): ValidateFunction {
  let v = compiled.get(schema);
  if (!v) {
    const ajv = createAjv12();
    try {
      v = ajv.getSchema(`${V12_SCHEMA_ID}#/$defs/${schema}`);
    } catch (err) {
      throw new PtvrError(
        'PTVR_SCHEMA_COMPILE',
        `the v12 schema ${schema} failed to compile: ${(err as Error).message}`,
        {
          cause: err,
        },
      );
    }
    if (!v) throw new PtvrError('PTVR_SCHEMA_COMPILE', `no v12 schema named ${schema}`);
    compiled.set(schema, v);
  }
  return v;
}

/**
 * Judges one v12 write request body against ptv-readiness's schema for it (v12-migration.md §4.9):
 * one finding per problem, JSON-pointer paths, the rendered-text limits of markdown fields.
 */
export function validateV12(
  body: unknown,
  opts: { kind: V12Kind; op: 'post' | 'put'; externalId?: boolean } | { schema: V12RequestSchema },
): V12ValidationResult {
  const schema = 'schema' in opts ? opts.schema : v12SchemaFor(opts.kind, opts.op, opts.externalId);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    const f: Finding = { path: '', rule: 'v12.type', message: v12Msg.bodyNotObject(), severity: 'error' };
    return { valid: false, schema, findings: [f] };
  }
  // No depth guard here: Ajv descends only where the schema does (closed objects, bounded nesting),
  // and the inputs' depth is already bounded where they are parsed (parseJsonInput).
  const validate = v12Validator(schema);
  validate(body);
  const findings = [...toV12Findings(validate.errors), ...carriedOverRules(body, schema)];
  return { valid: !isFailing(findings), schema, findings };
}
