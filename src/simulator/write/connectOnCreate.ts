import type { RouteContext } from '../http/types.js';
import type { EntityRecord } from '../store/simState.js';

/**
 * POST /Service `serviceChannels` and POST /ServiceChannel/* `services` connect the new entity to
 * existing published ones (the rules engine has already refused unknown or foreign ids).
 */
export function connectOnCreate(rec: EntityRecord, ctx: RouteContext, now: string): void {
  const key =
    rec.objectType === 'Service'
      ? 'serviceChannels'
      : rec.objectType === 'ServiceChannel'
        ? 'services'
        : undefined;
  if (!key) return;
  const ids = rec.latest.data[key];
  if (!Array.isArray(ids)) return;
  for (const other of ids) {
    if (typeof other !== 'string') continue;
    const o = ctx.state.get(other);
    if (!o?.published) continue;
    const [serviceId, channelId] = rec.objectType === 'Service' ? [rec.id, o.id] : [o.id, rec.id];
    ctx.state.setConnection({ serviceId, channelId, created: now, modified: now });
  }
}
