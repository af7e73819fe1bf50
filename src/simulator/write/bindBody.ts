import type { BoundRequest } from '../../rules/bindRequest.js';
import type { EntityKind, Operation } from '../../rules/types.js';
import type { RouteContext } from '../http/types.js';

const PREFIX = 'no-normalise-';

/**
 * The body as PTV binds and stores it (rules/bindRequest.ts): Newtonsoft's coercions and PTV's silent
 * normalisations, minus those a `no-normalise-*` defect turns off.
 */
export function bindBody(kind: EntityKind, op: Operation, body: unknown, ctx: RouteContext): BoundRequest {
  const skip = new Set<string>();
  for (const d of ctx.config.defects) if (d.startsWith(PREFIX)) skip.add(d.slice(PREFIX.length));
  return ctx.rules.bindRequest(body, kind, op, ctx.config.profile, skip);
}
