/**
 * T3's five channel types: how each is built and what its modify-by-id case changes. Shared by the v11
 * suite and the v12 write profile (suites/v12/), so both modify the same fields of the same material.
 */
import {
  aPhoneChannel,
  aPrintableFormChannel,
  aServiceLocation,
  aWebPageChannel,
  anEChannel,
  type AnyChannelIn,
  type BuildOptions,
  type FixtureContext,
  type LanguageItem,
  type LocalizedListItem,
} from '../../fixtures/index.js';
import type { ChannelType } from '#ptvr';

export interface ChannelCase {
  code: string;
  type: ChannelType;
  label: string;
  build: (ctx: FixtureContext, opts?: BuildOptions) => AnyChannelIn;
  /** A type-specific field change for the modify-by-id case. */
  change: (stored: AnyChannelIn) => Record<string, unknown>;
}

const url = (items: readonly LanguageItem[], suffix: string): LanguageItem[] =>
  items.map((i) => ({ ...i, value: `${i.value}${suffix}` }));

export const channelCases: ChannelCase[] = [
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
