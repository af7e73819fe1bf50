import type { ReadBackKind } from '../readback/fieldMaps.js';
import type { NeutralState } from './keys.js';
import { neutralFromV11, type NeutralContext } from './neutralFromV11.js';

/** A v11 IN request body (what was sent; possibly only some of its fields) → neutral state. */
export function fromV11In(kind: ReadBackKind, body: unknown, ctx: NeutralContext): NeutralState {
  return neutralFromV11(kind, body, 'in', ctx);
}
