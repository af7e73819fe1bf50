import type { ValidateFunction } from 'ajv';
import { PtvrError } from '../core/errors.js';
import { createAjv } from './createAjv.js';
import { ruleLimits } from './profiles.js';
import { buildSchema, type Schema } from './schemas/index.js';
import { DEFS_ID, sharedDefinitions } from './schemas/nested.js';
import { RULE_PROFILES } from './profiles.js';
import { ENTITY_KINDS, type EntityKind, type Operation, type RuleProfile } from './types.js';

/** Connection kinds have one body shape whatever the op. */
function effectiveOp(kind: EntityKind, op: Operation): Operation {
  if (kind === 'connections' || kind === 'connections-source') return 'post';
  if (kind === 'connection-put' || kind === 'connection-put-source') return 'put';
  return op;
}

const schemas = new Map<string, Schema>();
const validators = new Map<string, ValidateFunction>();

/** The JSON Schema for one kind/op/profile (built once, shared; do not mutate). */
export function schemaFor(kind: EntityKind, op: Operation, profile: RuleProfile): Schema {
  const key = `${kind}|${effectiveOp(kind, op)}|${profile}`;
  let s = schemas.get(key);
  if (!s) {
    s = {
      $id: `ptvr:rules/${key.replaceAll('|', '/')}`,
      ...buildSchema(kind, effectiveOp(kind, op), ruleLimits(profile)),
    };
    schemas.set(key, s);
  }
  return s;
}

let defsAdded = false;

/** Builds every entity schema (plain objects, cheap) so the shared definitions are complete, then adds them once. */
function ensureDefinitions(): void {
  if (defsAdded) return;
  for (const kind of ENTITY_KINDS)
    for (const op of ['post', 'put'] as const)
      for (const profile of RULE_PROFILES) schemaFor(kind, op, profile);
  createAjv().addSchema({ $id: DEFS_ID, definitions: sharedDefinitions() });
  defsAdded = true;
}

/** The compiled validator; each kind/op/profile compiles exactly once per process, on first use. */
export function validatorFor(kind: EntityKind, op: Operation, profile: RuleProfile): ValidateFunction {
  const key = `${kind}|${effectiveOp(kind, op)}|${profile}`;
  let v = validators.get(key);
  if (v) return v;
  if (!v) {
    try {
      ensureDefinitions();
      v = createAjv().compile(schemaFor(kind, op, profile));
    } catch (err) {
      throw new PtvrError(
        'PTVR_SCHEMA_COMPILE',
        `schema ${key} failed to compile: ${(err as Error).message}`,
        {
          cause: err,
          hint: 'this is a bug in ptv-readiness; please report it',
        },
      );
    }
    validators.set(key, v);
  }
  return v;
}
