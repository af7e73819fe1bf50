/**
 * T4 — connections and their additional information (DVV "liitosten ja liitoksen lisätietojen
 * lisääminen ja muokkaaminen"): POST /Connection with charge type, descriptions, service hours and
 * contact details where PTV allows them; every message string checked; PUT
 * /Connection/serviceId/{id} to modify and to remove one; read back from the service and from
 * each channel (there is no GET for connections, §2.4).
 */
import {
  aChannelRelation,
  aConnection,
  aPhoneChannel,
  aService,
  aServiceLocation,
  aWebPageChannel,
  anEChannel,
  type ConnectionIn,
} from '../fixtures/index.js';
import {
  type ChannelType,
  compareConnection,
  connectedIds,
  findConnectionItem,
  recordReadBack,
  flow,
  step,
  type StepContext,
} from '#ptvr';
import { fixtureContextOf } from './support/context.js';
import { createChannel, createService } from './support/create.js';
import { withUpdatedTexts } from './support/edit.js';
import { check, requireStatus } from './support/http.js';
import { paths } from './support/paths.js';

interface Channel {
  id: string;
  type: ChannelType;
}

const ADDED =
  /^Relationship data for service channel\(s\) '([^']+)' and service '([^']+)' added or updated\.$/;

/** Reads the service and every channel and compares each expected connection from both sides. */
async function readConnectionsBack(
  ctx: StepContext,
  serviceId: string,
  expected: Map<string, Omit<ConnectionIn, 'serviceId'>>,
  removed: readonly string[] = [],
): Promise<void> {
  // Every read at once (one round trip), judged in the order below: the service, then each channel.
  const channelIds = [...new Set([...expected.keys(), ...removed])];
  const [svc, ...channelReads] = await Promise.all([
    ctx.client.get(paths.service.get(serviceId)),
    ...channelIds.map((id) => ctx.client.get(paths.channel.get(id))),
  ]);
  const channelRead = (id: string) => channelReads[channelIds.indexOf(id)]!;
  requireStatus(ctx, svc!, 200, 'GET /Service/{id}');
  for (const [channelId, sent] of expected) {
    recordReadBack(ctx.record, {
      endpoint: 'GET /api/v11/Service/{id} serviceChannels[]',
      entityId: serviceId,
      comparison: compareConnection(
        sent,
        findConnectionItem(svc!.body, 'service', channelId),
        `service→${channelId}`,
      ),
    });
    const ch = channelRead(channelId);
    requireStatus(ctx, ch, 200, 'GET /ServiceChannel/{id}');
    recordReadBack(ctx.record, {
      endpoint: 'GET /api/v11/ServiceChannel/{id} services[]',
      entityId: channelId,
      comparison: compareConnection(
        sent,
        findConnectionItem(ch.body, 'channel', serviceId),
        `${channelId}→service`,
      ),
    });
  }
  const ids = connectedIds(svc!.body, 'service');
  for (const gone of removed) {
    check(ctx, !ids.includes(gone), {
      path: 'ChannelRelations',
      rule: 'readback.mismatch',
      message: `the removed connection to channel ${gone} is still on the service`,
      expected: 'absent',
      actual: gone,
    });
    const ch = channelRead(gone);
    requireStatus(ctx, ch, 200, 'GET /ServiceChannel/{id}');
    check(ctx, !connectedIds(ch.body, 'channel').includes(serviceId), {
      path: 'Services',
      rule: 'readback.mismatch',
      message: `the removed connection is still on channel ${gone}`,
      expected: 'absent',
      actual: serviceId,
    });
  }
}

flow('T4 connections', () => {
  let serviceId: string;
  const channels: Channel[] = [];
  let sent = new Map<string, Omit<ConnectionIn, 'serviceId'>>();

  step({ id: 'CON-01', dvv: 'T4', title: 'create a service and four channels to connect' }, async (ctx) => {
    const f = await fixtureContextOf(ctx);
    const service = aService(f);
    const builds: [ChannelType, object][] = [
      ['EChannel', anEChannel(f)],
      ['Phone', aPhoneChannel(f)],
      ['WebPage', aWebPageChannel(f)],
      ['ServiceLocation', aServiceLocation(f)],
    ];
    // Five independent creates at once; `channels` keeps the order above.
    const [sid, ...ids] = await Promise.all([
      createService(ctx, service),
      ...builds.map(([type, body]) => createChannel(ctx, type, body)),
    ]);
    serviceId = sid!;
    builds.forEach(([type], i) => channels.push({ id: ids[i]!, type }));
  });

  step(
    {
      id: 'CON-02',
      dvv: 'T4',
      title: 'connect the service to the channels with additional information (POST /Connection)',
    },
    async (ctx) => {
      const f = await fixtureContextOf(ctx);
      const body = channels.map((c) =>
        aConnection(f, { serviceId, serviceChannelId: c.id, channelType: c.type }),
      );
      const res = await ctx.client.post(paths.connection.post, body);
      requireStatus(ctx, res, 200, 'POST /Connection');
      const messages = Array.isArray(res.body) ? res.body.map(String) : [];
      ctx.record.ptvMessages(...messages);
      // 200 says nothing: every item has its own message, including failures and silent drops (§4.11).
      check(ctx, messages.length === body.length, {
        path: 'Connection',
        rule: 'connection.messages',
        message: `expected one message per item (${body.length}), got ${messages.length}`,
        expected: body.length,
        actual: messages.length,
      });
      for (const c of channels) {
        const hit = messages.some((m) => ADDED.exec(m)?.[1] === c.id);
        check(ctx, hit, {
          path: `Connection[${c.id}]`,
          rule: 'connection.messages',
          message: `no "added or updated" message for channel ${c.id} (${c.type})`,
          expected: 'added or updated',
          actual: messages,
        });
      }
      sent = new Map(body.map(({ serviceId: _s, ...rest }) => [rest.serviceChannelId, rest]));
    },
  );

  step(
    { id: 'CON-03', dvv: 'T4', title: 'read the connections back from the service and from each channel' },
    async (ctx) => {
      await readConnectionsBack(ctx, serviceId, sent);
    },
  );

  step(
    {
      id: 'CON-04',
      dvv: 'T4',
      title: 'modify the additional information with PUT /Connection/serviceId/{id}; read back',
    },
    async (ctx) => {
      const f = await fixtureContextOf(ctx);
      // PUT replaces the regular connections: every kept channel is listed. Hours and contact details
      // only on the service location (3.4 PUT rule, §4.11); the others get new charge info.
      const relations = channels.map((c) =>
        aChannelRelation(
          f,
          { serviceChannelId: c.id, channelType: c.type },
          {
            serviceChargeType: 'FreeOfCharge',
            description: withUpdatedTexts(sent.get(c.id)?.description ?? [], 'Description'),
          },
        ),
      );
      const res = await ctx.client.put(paths.connection.putByService(serviceId), {
        channelRelations: relations,
      });
      requireStatus(ctx, res, 200, 'PUT /Connection/serviceId/{id}');
      for (const r of relations) {
        const before = sent.get(r.serviceChannelId) ?? {};
        // Fields not resent keep their stored value (re-sending without metadata does not wipe it, §4.11).
        sent.set(r.serviceChannelId, { ...before, ...r });
      }
      await readConnectionsBack(ctx, serviceId, sent);
    },
  );

  step(
    {
      id: 'CON-05',
      dvv: 'T4',
      title: 'remove one connection with PUT; read back from the service and the channel',
    },
    async (ctx) => {
      const f = await fixtureContextOf(ctx);
      const removed = channels.find((c) => c.type === 'WebPage')!;
      const kept = channels.filter((c) => c !== removed);
      const relations = kept.map((c) =>
        aChannelRelation(
          f,
          { serviceChannelId: c.id, channelType: c.type },
          { serviceChargeType: 'FreeOfCharge' },
        ),
      );
      const res = await ctx.client.put(paths.connection.putByService(serviceId), {
        channelRelations: relations,
      });
      requireStatus(ctx, res, 200, 'PUT /Connection/serviceId/{id} without one channel');
      sent.delete(removed.id);
      for (const r of relations) sent.set(r.serviceChannelId, { ...sent.get(r.serviceChannelId), ...r });
      await readConnectionsBack(ctx, serviceId, sent, [removed.id]);
    },
  );
});
