/**
 * T4 in the v12 write profile (v12-migration.md §4.8): the v11 suite's service and four channels,
 * connected one pair per `ConnectionRequest`, read back through `/api/v12/connection/search`, and one
 * connection removed with the inferred `connection.delete`. Connection extra information (charge type,
 * descriptions, hours, contact details) has no v12 request schema: those cases are skipped.
 */
import {
  aConnection,
  aPhoneChannel,
  aService,
  aServiceLocation,
  aWebPageChannel,
  anEChannel,
} from '../../fixtures/index.js';
import { type ChannelType, flow, type StepContext, toV12Request } from '#ptvr';
import { fixtureContextOf } from '../support/context.js';
import { check } from '../support/http.js';
import { sameCase } from './support/catalogue.js';
import { createV12, type Written } from './support/material.js';
import { skipNotExpressible } from './support/notExpressible.js';
import { writeV12 } from './support/routes.js';

/** The channel ids v12 lists as connected to the service (one page of 100: the run connects four). */
async function connectedOnV12(ctx: StepContext, serviceId: string): Promise<string[]> {
  const path = '/api/v12/connection/search';
  const res = await ctx.client.request({
    method: 'GET',
    path,
    api: 'v12',
    query: { page: 1, pageSize: 100, serviceContentIds: serviceId },
  });
  if (res.status !== 200) {
    ctx.record.finding({
      path,
      rule: 'http.status',
      severity: 'error',
      message: `GET ${path}?serviceContentIds={id} answered ${res.status}; expected 200`,
      actual: res.status,
    });
    throw new Error(`GET ${path}: HTTP ${res.status}`);
  }
  const items = (res.body as { items?: { channelContentId?: string }[] }).items ?? [];
  return items.flatMap((i) => (i.channelContentId ? [i.channelContentId.toLowerCase()] : [])).sort();
}

/** Reads the service's connections through v12 and compares them with the expected channel ids. */
async function readConnectionsBack(ctx: StepContext, serviceId: string, expected: string[]): Promise<void> {
  const want = expected.map((id) => id.toLowerCase()).sort();
  const got = await connectedOnV12(ctx, serviceId);
  const missing = want.filter((x) => !got.includes(x));
  const extra = got.filter((x) => !want.includes(x));
  ctx.record.readBack({
    endpoint: 'GET /api/v12/connection/search?serviceContentIds={id}',
    entityId: serviceId,
    fields: [
      {
        path: 'connections',
        key: 'service.channels',
        sent: want,
        read: got,
        ok: !missing.length && !extra.length,
      },
    ],
  });
  check(ctx, missing.length === 0 && extra.length === 0, {
    path: 'connections',
    rule: 'readback.mismatch',
    message: `v12 lists ${missing.length} expected connection(s) missing and ${extra.length} unexpected`,
    expected: want,
    actual: got,
  });
}

flow('T4 connections (v12)', () => {
  let service: Written;
  const channels: { id: string; type: ChannelType }[] = [];

  // v12 has no connection list in a service request: each pair is its own ConnectionRequest, sent here.
  sameCase('CON-01', 'T4', async (ctx) => {
    const f = await fixtureContextOf(ctx);
    service = await createV12(ctx, 'service', aService(f));
    const builds: [ChannelType, object][] = [
      ['EChannel', anEChannel(f)],
      ['Phone', aPhoneChannel(f)],
      ['WebPage', aWebPageChannel(f)],
      ['ServiceLocation', aServiceLocation(f)],
    ];
    for (const [type, body] of builds) channels.push({ id: (await createV12(ctx, type, body)).id, type });
    for (const c of channels) {
      const v11 = aConnection(f, { serviceId: service.id, serviceChannelId: c.id, channelType: c.type });
      // The extra information the v11 item carries is what v12 cannot send: listed as info findings.
      const t = toV12Request('connection', v11);
      for (const d of t.dropped) ctx.record.finding({ ...d, severity: 'info' });
      await writeV12(ctx, 'connection.create', {}, t.body);
    }
  });

  sameCase('CON-02', 'T4', async (ctx) => skipNotExpressible(ctx, 'connection.extraInfo'));

  sameCase('CON-03', 'T4', async (ctx) => {
    await readConnectionsBack(
      ctx,
      service.id,
      channels.map((c) => c.id),
    );
  });

  sameCase('CON-04', 'T4', async (ctx) => skipNotExpressible(ctx, 'connection.extraInfo'));

  sameCase('CON-05', 'T4', async (ctx) => {
    const removed = channels.find((c) => c.type === 'WebPage')!;
    await writeV12(ctx, 'connection.delete', { serviceContentId: service.id, channelContentId: removed.id });
    await readConnectionsBack(
      ctx,
      service.id,
      channels.filter((c) => c !== removed).map((c) => c.id),
    );
  });
});
