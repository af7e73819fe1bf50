import { PtvrError } from '../core/errors.js';
import { validateV12 } from '../rules/v12/validateV12.js';
import { inferV12Kind, V12_KINDS, type V12Kind } from '../rules/v12/v12Kinds.js';
import type { InputEntity } from './parseJsonInput.js';
import type { Verdict } from './formatResults.js';

/**
 * `validate --api v12`: each entity against the v12 request schema its given or inferred kind, the
 * operation and `--external-id` select. An entity whose kind cannot be inferred is exit 2.
 */
export function validateV12Entities(
  entities: readonly InputEntity[],
  opts: { kind?: V12Kind; op: 'post' | 'put'; externalId?: boolean },
): Verdict[] {
  return entities.map((e) => {
    const kind = opts.kind ?? inferV12Kind(e.body);
    if (!kind) {
      throw new PtvrError('PTVR_UNKNOWN_KIND', `${e.source}#${e.index}: cannot infer the v12 request kind`, {
        hint: `name it with --kind ${V12_KINDS.join('|')}`,
      });
    }
    const r = validateV12(e.body, { kind, op: opts.op, externalId: opts.externalId });
    return {
      source: e.source,
      index: e.index,
      kind,
      inferred: !opts.kind,
      valid: r.valid,
      findings: r.findings,
      notChecked: [],
      schema: r.schema,
    };
  });
}
