import { fromV12Out } from './fromV12Out.js';
import type { NeutralState } from './keys.js';
import type { NeutralContext } from './neutralFromV11.js';

/**
 * A v12 request body (`PostServiceRequest`, `Put…ChannelRequest`, …) → neutral state. Requests
 * mirror the responses field by field (v12.md §5, §6); the differences the neutral model sees are
 * the single `coordinates` object (handled by the address rule) and `externalId`, which is never
 * compared (`service.sourceId` is "not compared" in mapping.ts). A request has no status.
 */
export function fromV12Request(body: unknown, ctx: NeutralContext): NeutralState {
  const state = fromV12Out(body, ctx);
  for (const key of Object.keys(state)) if (key.endsWith('.status')) delete state[key];
  return state;
}
