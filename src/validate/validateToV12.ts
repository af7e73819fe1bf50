import { isFailing } from '../core/finding.js';
import { PtvrError } from '../core/errors.js';
import { inferKind } from '../rules/index.js';
import { toV12Request, v12KindOf } from '../rules/v12/toV12Request.js';
import { validateV12 } from '../rules/v12/validateV12.js';
import type { InputEntity } from './parseJsonInput.js';
import type { Verdict } from './formatResults.js';

/**
 * `validate --to-v12`: v11 bodies translated to the v12 requests the same writes would send; the
 * verdict lists what the translation cannot carry (`v12.dropped` warnings) and the v12 request's
 * own findings. `--json` carries the translated body.
 */
export function validateToV12(
  entities: readonly InputEntity[],
  opts: { kind?: string; op: 'post' | 'put'; externalId?: boolean },
): Verdict[] {
  return entities.map((e) => {
    const v11Kind = opts.kind ?? inferKind(e.body);
    if (!v11Kind) {
      throw new PtvrError('PTVR_UNKNOWN_KIND', `${e.source}#${e.index}: cannot infer the v11 entity kind`, {
        hint: 'name it with --kind service',
      });
    }
    const kind = v12KindOf(v11Kind, e.body);
    if (!kind) {
      throw new PtvrError('PTVR_USAGE', `${e.source}#${e.index}: v12 has no request for a ${v11Kind}`, {
        hint: 'v12 writes services, the five channel types, organisations and connections',
      });
    }
    const t = toV12Request(kind, e.body, { op: opts.op, externalId: opts.externalId });
    const v = validateV12(t.body, { kind: t.kind, op: opts.op, externalId: opts.externalId });
    const findings = [...t.dropped, ...v.findings];
    return {
      source: e.source,
      index: e.index,
      kind: t.kind,
      inferred: !opts.kind,
      valid: !isFailing(findings),
      findings,
      notChecked: [],
      schema: v.schema,
      translated: t.body,
    };
  });
}
