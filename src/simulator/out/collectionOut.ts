import type { EntityRecord, EntityVersion, SimState } from '../store/simState.js';
import { listOrNull, orNull } from './common.js';

/** `V11VmOpenApiServiceCollection`: member ids expanded to `{id, name[], description[]}`. */
export function collectionOut(
  rec: EntityRecord,
  v: EntityVersion,
  state: SimState,
  user: string | undefined,
): Record<string, unknown> {
  const d = v.data;
  const member = (id: string) => {
    const e = state.get(id);
    const data = (e?.published ?? e?.latest)?.data ?? {};
    const isChannel = e?.objectType === 'ServiceChannel';
    return {
      id,
      name: listOrNull(isChannel ? data.serviceChannelNames : data.serviceNames) ?? [],
      description: listOrNull(isChannel ? data.serviceChannelDescriptions : data.serviceDescriptions) ?? [],
      ...(isChannel ? { serviceChannelType: e?.channelType ?? null } : {}),
    };
  };
  return {
    id: rec.id,
    sourceId: state.sourceIdOf(user, rec.id),
    organizationId: orNull(d.organizationId as string | undefined) ?? rec.organizationId,
    serviceCollectionNames: listOrNull(d.serviceCollectionNames) ?? [],
    serviceCollectionDescriptions: listOrNull(d.serviceCollectionDescriptions) ?? [],
    services: ((listOrNull(d.services) ?? []) as string[]).map(member),
    serviceChannels: ((listOrNull(d.serviceChannels) ?? []) as string[]).map(member),
    publishingStatus: v.status,
    modified: v.modified,
  };
}
