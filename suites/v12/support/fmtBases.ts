/**
 * The valid v12 bodies `FMT-V12-nnn` mutates (v12-migration.md §4.8 T5): the v11 builders' output for
 * each kind through `toV12Request`, so the format cases start from the same material as every other
 * case. Main organisations are left out: the route map has no route that creates one.
 */
import { aConnection, type FixtureContext } from '../../../fixtures/index.js';
import { toV12Request, type V12ChannelType, type V12Kind, type V12RouteKey } from '#ptvr';
import { buildValid, type EntityFieldKind } from '../../support/fieldCases.js';

/** Each FMT-V12 kind: the v11 builder it comes from and the route that creates it. */
export const FMT_KINDS: readonly {
  kind: V12Kind;
  v11: EntityFieldKind | 'connection';
  route: V12RouteKey;
  type?: V12ChannelType;
}[] = [
  { kind: 'service', v11: 'service', route: 'service.create' },
  { kind: 'eservice-channel', v11: 'echannel', route: 'channel.create', type: 'EService' },
  { kind: 'webpage-channel', v11: 'webpage', route: 'channel.create', type: 'WebPage' },
  { kind: 'printableform-channel', v11: 'printableform', route: 'channel.create', type: 'PrintableForm' },
  {
    kind: 'servicelocation-channel',
    v11: 'servicelocation',
    route: 'channel.create',
    type: 'ServiceLocation',
  },
  { kind: 'telephone-channel', v11: 'phone', route: 'channel.create', type: 'Telephone' },
  { kind: 'sub-organization', v11: 'organization', route: 'organization.createSub' },
  // Refusals only: a ConnectionRequest that breaks a rule is refused before its ids are looked up.
  { kind: 'connection', v11: 'connection', route: 'connection.create' },
];

const PLACEHOLDER_IDS = {
  serviceId: '00000000-0000-4000-8000-000000000001',
  serviceChannelId: '00000000-0000-4000-8000-000000000002',
};

/** One valid v12 body per kind, built from the fixture context. */
export function fmtBases(ctx: FixtureContext): Partial<Record<V12Kind, unknown>> {
  const out: Partial<Record<V12Kind, unknown>> = {};
  for (const k of FMT_KINDS) {
    const v11 =
      k.v11 === 'connection'
        ? aConnection(ctx, { ...PLACEHOLDER_IDS, channelType: 'WebPage' })
        : buildValid(k.v11, ctx);
    out[k.kind] = toV12Request(k.kind, v11).body;
  }
  return out;
}
