import type { ReadBackKind } from '../readback/fieldMaps.js';
import type { NeutralState } from './keys.js';
import { neutralFromV11, type NeutralContext } from './neutralFromV11.js';

/** A v11 OUT entity (what GET returned; possibly only some of its fields) → neutral state. */
export function fromV11Out(kind: ReadBackKind, body: unknown, ctx: NeutralContext): NeutralState {
  return neutralFromV11(kind, body, 'out', ctx);
}
