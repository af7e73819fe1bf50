import { fromV11Connection } from '../neutral/fromV11Connection.js';
import { fromV12Out } from '../neutral/fromV12Out.js';
import { connectionEntity, type RoleOf } from '../neutral/keys.js';
import { connectedIds, findConnectionItem } from './compareConnection.js';
import { compareNeutral, type NeutralComparison } from './compareNeutral.js';

type Obj = Record<string, unknown>;

/**
 * A service's connections on v12 against v11, additional information included (v12-migration.md
 * §4.4, Connection): each connection v11 shows on the service (`serviceChannels[]` of its GET) is
 * compared by neutral key with the `ConnectionResponse` v12 returns for the pair (the items of
 * `/connection/search?serviceContentIds=`). A pair missing on one side is one `.exists` mismatch.
 */
export function compareV12Connections(
  v11Service: unknown,
  v12Items: readonly unknown[],
  serviceRole: string,
  roleOf: RoleOf,
): NeutralComparison {
  const v11ByChannel = new Map<string, Obj>();
  for (const id of connectedIds(v11Service, 'service')) {
    const item = findConnectionItem(v11Service, 'service', id);
    if (item) v11ByChannel.set(id.toLowerCase(), item);
  }
  const v12ByChannel = new Map<string, Obj>();
  for (const i of v12Items) {
    const o = (i ?? {}) as Obj;
    if (typeof o.channelContentId === 'string') v12ByChannel.set(o.channelContentId.toLowerCase(), o);
  }
  // Pair by pair: roles name the pairs, but a run's roles are not required to be unique.
  const out: NeutralComparison = { fields: [], findings: [], same: true };
  for (const channelId of new Set([...v11ByChannel.keys(), ...v12ByChannel.keys()])) {
    const channelRole = roleOf(channelId);
    const v11Item = v11ByChannel.get(channelId);
    const v12Item = v12ByChannel.get(channelId);
    let cmp: NeutralComparison;
    if (v11Item && v12Item) {
      cmp = compareNeutral(
        fromV11Connection(v11Item, serviceRole, channelRole),
        fromV12Out(v12Item, { roleOf }),
      );
    } else {
      // Only whether the pair exists is compared: its fields on the one side are no finding of their own.
      const exists = `${connectionEntity(serviceRole, channelRole)}.exists`;
      cmp = compareNeutral({ [exists]: v11Item !== undefined }, { [exists]: v12Item !== undefined });
    }
    out.fields.push(...cmp.fields);
    out.findings.push(...cmp.findings);
    out.same &&= cmp.same;
  }
  return out;
}
