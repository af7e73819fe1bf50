/**
 * T3 — create and edit service channels of all five types (DVV "uusien asiointikanavien lisääminen
 * ja muokkaaminen"): create, read back, modify by id, modify by sourceId, read back after each write.
 */
import {
  aPhoneChannel,
  aPrintableFormChannel,
  aServiceLocation,
  aWebPageChannel,
  anEChannel,
  topicOf,
  type AnyChannelIn,
  type BuildOptions,
  type FixtureContext,
  type LanguageItem,
  type LocalizedListItem,
} from '../fixtures/index.js';
import { type ChannelType, flow, step } from '#ptvr';
import { fixtureContextOf } from './support/context.js';
import { createChannel } from './support/create.js';
import { afterPut, withUpdatedTexts } from './support/edit.js';
import { requireStatus } from './support/http.js';
import { paths } from './support/paths.js';
import { readBack } from './support/readBack.js';

interface ChannelCase {
  code: string;
  type: ChannelType;
  label: string;
  build: (ctx: FixtureContext, opts?: BuildOptions) => AnyChannelIn;
  /** A type-specific field change for the modify-by-id case. */
  change: (stored: AnyChannelIn) => Record<string, unknown>;
}

const url = (items: readonly LanguageItem[], suffix: string): LanguageItem[] =>
  items.map((i) => ({ ...i, value: `${i.value}${suffix}` }));

const cases: ChannelCase[] = [
  {
    code: 'EC',
    type: 'EChannel',
    label: 'e-service channel',
    build: (c, o) => anEChannel(c, undefined, o),
    change: (s) => ({
      webPage: url((s as { webPage: LanguageItem[] }).webPage, '-uusi'),
      requiresSignature: true,
      signatureQuantity: '2',
    }),
  },
  {
    code: 'PH',
    type: 'Phone',
    label: 'phone channel',
    build: (c, o) => aPhoneChannel(c, undefined, o),
    change: (s) => ({
      phoneNumbers: (s as { phoneNumbers: { number: string }[] }).phoneNumbers.map((p) => ({
        ...p,
        number: `${p.number.slice(0, -1)}${(Number(p.number.slice(-1)) + 1) % 10}`,
      })),
    }),
  },
  {
    code: 'WP',
    type: 'WebPage',
    label: 'web page channel',
    build: (c, o) => aWebPageChannel(c, undefined, o),
    change: (s) => ({ webPage: url((s as { webPage: LanguageItem[] }).webPage, '/ohjeet') }),
  },
  {
    code: 'PF',
    type: 'PrintableForm',
    label: 'printable form channel',
    build: (c, o) => aPrintableFormChannel(c, undefined, o),
    change: (s) => ({
      channelUrls: (s as { channelUrls: LocalizedListItem[] }).channelUrls.map((u) => ({
        ...u,
        type: 'DOC',
        value: u.value.replace(/\.pdf$/, '.docx'),
      })),
    }),
  },
  {
    code: 'SL',
    type: 'ServiceLocation',
    label: 'service location channel',
    build: (c, o) => aServiceLocation(c, undefined, o),
    change: (s) => ({
      serviceHours: (s as { serviceHours: { openingHour: { from: string }[] }[] }).serviceHours.map((h) => ({
        ...h,
        openingHour: h.openingHour.map((o) => ({ ...o, from: '10:00' })),
      })),
    }),
  },
];

// The five channel types are independent of each other: their flows run side by side.
for (const c of cases) {
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
