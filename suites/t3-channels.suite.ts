/**
 * T3 — create and edit service channels of all five types (DVV "uusien asiointikanavien lisääminen
 * ja muokkaaminen"): create, read back, modify by id, modify by sourceId, read back after each write.
 */
import { topicOf, type AnyChannelIn } from '../fixtures/index.js';
import { flow, step } from '#ptvr';
import { channelCases } from './support/channelCases.js';
import { fixtureContextOf } from './support/context.js';
import { createChannel } from './support/create.js';
import { afterPut, withUpdatedTexts } from './support/edit.js';
import { requireStatus } from './support/http.js';
import { paths } from './support/paths.js';
import { readBack } from './support/readBack.js';

// The five channel types are independent of each other: their flows run side by side.
for (const c of channelCases) {
  flow(`T3 ${c.label}`, { alongside: true }, () => {
    let id: string;
    let stored: AnyChannelIn;

    step({ id: `CH-${c.code}-01`, dvv: 'T3', title: `create a new ${c.label}` }, async (ctx) => {
      stored = c.build(await fixtureContextOf(ctx));
      id = await createChannel(ctx, c.type, stored);
    });

    step(
      { id: `CH-${c.code}-02`, dvv: 'T3', title: `read the new ${c.label} back (public and active)` },
      async (ctx) => {
        await readBack(ctx, { kind: 'channel', channelType: c.type }, id, stored);
      },
    );

    step(
      { id: `CH-${c.code}-03`, dvv: 'T3', title: `modify the ${c.label} by id; read back` },
      async (ctx) => {
        const put = {
          serviceChannelDescriptions: withUpdatedTexts(stored.serviceChannelDescriptions, 'Description'),
          ...c.change(stored),
          publishingStatus: 'Published',
        };
        const res = await ctx.client.put(paths.channel.put(c.type, id), put);
        requireStatus(ctx, res, 200, `PUT /ServiceChannel/${c.type}/{id}`);
        stored = afterPut(stored, put);
        await readBack(ctx, { kind: 'channel', channelType: c.type }, id, stored);
      },
    );

    step(
      { id: `CH-${c.code}-04`, dvv: 'T3', title: `rename the ${c.label} by sourceId; read back` },
      async (ctx) => {
        // Same topic, new case tag: every name changes but still says what the channel is about.
        const topic = topicOf(stored.serviceChannelNames)?.key;
        const renamed = c.build(await fixtureContextOf(ctx), topic === undefined ? {} : { topic });
        const put = { serviceChannelNames: renamed.serviceChannelNames, publishingStatus: 'Published' };
        const res = await ctx.client.put(paths.channel.putBySource(c.type, stored.sourceId!), put);
        requireStatus(ctx, res, 200, `PUT /ServiceChannel/${c.type}/sourceId/{sourceId}`);
        stored = afterPut(stored, put);
        await readBack(ctx, { kind: 'channel', channelType: c.type }, id, stored);
      },
    );
  });
}
