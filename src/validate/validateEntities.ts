import type { Finding } from '../core/finding.js';
import {
  inferKind,
  validatePayload,
  type EntityKind,
  type Operation,
  type RuleProfile,
} from '../rules/index.js';
import { PtvrError } from '../core/errors.js';
import type { InputEntity } from './parseJsonInput.js';

export interface EntityVerdict {
  source: string;
  index: number;
  kind: EntityKind;
  inferred: boolean;
  valid: boolean;
  findings: Finding[];
  notChecked: string[];
}

/** Validates each entity with the given or inferred kind; an entity whose kind cannot be inferred is exit 2. */
export function validateEntities(
  entities: readonly InputEntity[],
  opts: { kind?: EntityKind; op: Operation; profile: RuleProfile; now?: Date },
): EntityVerdict[] {
  return entities.map((e) => {
    const kind = opts.kind ?? inferKind(e.body);
    if (!kind) {
      throw new PtvrError('PTVR_UNKNOWN_KIND', `${e.source}#${e.index}: cannot infer the entity kind`, {
        hint: 'name it with --kind organization|service|echannel|phone|webpage|printableform|servicelocation|connections|connection-put|servicecollection',
      });
    }
    const r = validatePayload(e.body, { kind, op: opts.op, profile: opts.profile, now: opts.now });
    return { source: e.source, index: e.index, kind, inferred: !opts.kind, ...r };
  });
}
