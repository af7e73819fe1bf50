import type { EntityRecord, EntityVersion, SimState } from '../store/simState.js';
import { serviceOut } from './serviceOut.js';
import { channelOut } from './channelOut.js';
import { organizationOut } from './organizationOut.js';
import { collectionOut } from './collectionOut.js';

/**
 * OUT (GET) model of one version of an entity (in-api-v11 §10). `user` is the authenticated API
 * user: `sourceId` is shown only for that user's own mapping.
 */
export function toOut(
  rec: EntityRecord,
  version: EntityVersion,
  state: SimState,
  user: string | undefined,
): Record<string, unknown> {
  switch (rec.objectType) {
    case 'Service':
      return serviceOut(rec, version, state, user);
    case 'ServiceChannel':
      return channelOut(rec, version, state, user);
    case 'Organization':
      return organizationOut(rec, version, state, user);
    default:
      return collectionOut(rec, version, state, user);
  }
}
