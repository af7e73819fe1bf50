/**
 * T3 in the v12 write profile (v12-migration.md §4.8): the five channel types of the v11 suite, the
 * same builders and the same modify-by-id changes, through `Post…ChannelRequest` / `Put…Channel…`
 * and read back through v12; rename by sourceId has no v12 operation (skipped).
 */
import type { AnyChannelIn } from '../../fixtures/index.js';
import { flow } from '#ptvr';
import { channelCases } from '../support/channelCases.js';
import { fixtureContextOf } from '../support/context.js';
import { afterPut, withUpdatedTexts } from '../support/edit.js';
import { sameCase } from './support/catalogue.js';
import { createV12, readBackV12, replaceV12, toV12, type Written } from './support/material.js';
import { skipNotExpressible } from './support/notExpressible.js';

for (const c of channelCases) {
  flow(`T3 ${c.label} (v12)`, () => {
    let channel: Written;
    let stored: AnyChannelIn;

    sameCase(`CH-${c.code}-01`, 'T3', async (ctx) => {
      stored = c.build(await fixtureContextOf(ctx));
      channel = await createV12(ctx, c.type, stored);
    });

    sameCase(`CH-${c.code}-02`, 'T3', async (ctx) => {
      await readBackV12(ctx, channel);
    });

    sameCase(`CH-${c.code}-03`, 'T3', async (ctx) => {
      stored = afterPut(stored, {
        serviceChannelDescriptions: withUpdatedTexts(stored.serviceChannelDescriptions, 'Description'),
        ...c.change(stored),
      });
      channel = await replaceV12(ctx, channel, toV12(ctx, c.type, stored, 'put'));
      await readBackV12(ctx, channel);
    });

    sameCase(`CH-${c.code}-04`, 'T3', async (ctx) => skipNotExpressible(ctx, 'channel.updateByExternalId'));
  });
}
