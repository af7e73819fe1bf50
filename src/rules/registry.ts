import type { ValidateFunction } from 'ajv';
import { PtvrError } from '../core/errors.js';
import { createAjv } from './createAjv.js';
import { loadRulesValidator, rulesDigest } from './precompiledValidators.js';
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

/** The registry's key for one validator: `kind|op|profile`, op as the kind's body shape has it. */
export const validatorKey = (kind: EntityKind, op: Operation, profile: RuleProfile): string =>
  `${kind}|${effectiveOp(kind, op)}|${profile}`;

const schemas = new Map<string, Schema>();
const validators = new Map<string, ValidateFunction>();

/** The JSON Schema for one kind/op/profile (built once, shared; do not mutate). */
export function schemaFor(kind: EntityKind, op: Operation, profile: RuleProfile): Schema {
  const key = validatorKey(kind, op, profile);
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

let allBuilt = false;

/** Builds every entity schema (plain objects, cheap) so the shared definitions are complete. */
export function allDefinitions(): Readonly<Record<string, Schema>> {
  if (!allBuilt) {
    for (const { kind, op, profile } of validatorKeys()) schemaFor(kind, op, profile);
    allBuilt = true;
  }
  return sharedDefinitions();
}

/** The schema holding the shared definitions every entity schema refers to. */
export const definitionsSchema = (): Schema => ({ $id: DEFS_ID, definitions: allDefinitions() });

/** Every validator key the registry can compile (`kind|op|profile`), for the build's precompilation. */
export function validatorKeys(): { key: string; kind: EntityKind; op: Operation; profile: RuleProfile }[] {
  const out = new Map<string, { key: string; kind: EntityKind; op: Operation; profile: RuleProfile }>();
  for (const kind of ENTITY_KINDS)
    for (const op of ['post', 'put'] as const)
      for (const profile of RULE_PROFILES) {
        const key = validatorKey(kind, op, profile);
        out.set(key, { key, kind, op: effectiveOp(kind, op), profile });
      }
  return [...out.values()];
}

let defsJson: string | undefined;
let defsAdded = false;

/**
 * The shared definitions as the digest reads them (serialised once per process), sorted by name:
 * they are created in the order schemas are first built, which differs between processes.
 */
export function definitionsJson(): string {
  const defs = allDefinitions();
  return (defsJson ??= JSON.stringify(
    Object.keys(defs)
      .sort()
      .map((k) => [k, defs[k]]),
  ));
}

/** Compiles in this process (no precompiled file, or a stale one). */
function compileValidator(kind: EntityKind, op: Operation, profile: RuleProfile): ValidateFunction {
  if (!defsAdded) {
    createAjv().addSchema(definitionsSchema());
    defsAdded = true;
  }
  return createAjv().compile(schemaFor(kind, op, profile));
}

/** The validator; each kind/op/profile is loaded (built) or compiled exactly once per process, on first use. */
export function validatorFor(kind: EntityKind, op: Operation, profile: RuleProfile): ValidateFunction {
  const key = validatorKey(kind, op, profile);
  let v = validators.get(key);
  if (v) return v;
  try {
    const schema = schemaFor(kind, op, profile);
    v =
      loadRulesValidator(key, rulesDigest(schema, definitionsJson())) ?? compileValidator(kind, op, profile);
  } catch (err) {
    throw new PtvrError('PTVR_SCHEMA_COMPILE', `schema ${key} failed to compile: ${(err as Error).message}`, {
      cause: err,
      hint: 'this is a bug in ptv-readiness; please report it',
    });
  }
  validators.set(key, v);
  return v;
}
