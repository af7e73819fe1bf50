import type { Finding } from '../core/finding.js';
import { bindLikeNewtonsoft, type Coercion } from './bindLikeNewtonsoft.js';
import { type ClearField, describeChange, normalise, type NormalisedBody } from './normalisations.js';
import { schemaFor } from './registry.js';
import { toPtvKey } from './toPtvKey.js';
import type { EntityKind, Operation, RuleProfile } from './types.js';

export interface BoundRequest {
  /** The body PTV validates (after binding and the model setters). */
  body: unknown;
  /** What PTV stores once the body is valid (after the translators' changes too). */
  stored: unknown;
  coercions: Coercion[];
  normalised: NormalisedBody['applied'];
  /** Stored fields PTV empties on this PUT although the body does not send them. */
  clear: ClearField[];
}

/**
 * What PTV does to a body before judging it: Newtonsoft's binding (types, property-name case) and
 * then the silent normalisations (normalisations.ts). Pure; `skip` names normalisations to leave out
 * (the simulator's `no-normalise-*` defects).
 */
export function bindRequest(
  body: unknown,
  kind: EntityKind,
  op: Operation,
  profile: RuleProfile,
  skip?: ReadonlySet<string>,
): BoundRequest {
  const bound = bindLikeNewtonsoft(body, schemaFor(kind, op, profile));
  const b = bound.body;
  if (b === null || typeof b !== 'object' || Array.isArray(b))
    return { body: b, stored: b, coercions: bound.coercions, normalised: [], clear: [] };
  const bind = normalise(b as Record<string, unknown>, kind, op, 'bind', skip);
  const store = normalise(bind.body, kind, op, 'store', skip);
  return {
    body: bind.body,
    stored: store.body,
    coercions: bound.coercions,
    normalised: [...bind.applied, ...store.applied],
    clear: [...bind.clear, ...store.clear],
  };
}

function show(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

function coercionMessage(c: Coercion): string {
  if (c.kind === 'propertyName')
    return `property "${String(c.from)}" is read as "${String(c.to)}" (PTV matches property names ignoring case); send "${String(c.to)}"`;
  if (c.kind === 'nullAsAbsent')
    return 'null is read as not sent (PTV keeps the stored value on PUT; a required field is still missing); leave the property out';
  // A number's text is what was sent (`60.10`), which `to` keeps and `from` (a double) may not.
  const sent = c.kind === 'numberToString' ? String(c.to) : show(c.from);
  return `PTV's JSON reader turns ${typeof c.from} ${sent} into ${typeof c.to} ${show(c.to)}; send it as a ${typeof c.to}`;
}

/** Warnings (never errors: PTV accepts these) for every coercion and normalisation. */
export function bindingFindings(r: BoundRequest): Finding[] {
  const out: Finding[] = r.coercions.map((c) => ({
    path: toPtvKey(c.path),
    message: coercionMessage(c),
    rule: 'json.coerced',
    severity: 'warning',
    expected: c.to,
    actual: c.from,
  }));
  for (const { name, change } of r.normalised)
    out.push({
      path: toPtvKey(change.path),
      message: describeChange(name, change),
      rule: `normalised.${name}`,
      severity: 'warning',
      ...(change.to !== undefined && { expected: change.to }),
      actual: change.from,
    });
  return out;
}
