/**
 * T5 cross-field rules (in-api-v11.md §3.4, §4.2–4.9; process-and-quality.md §6.4): rules that no
 * single field's schema carries. Each is a mutation of a valid fixture that PTV must refuse.
 */
import { getAt, setAt } from '../../fixtures/index.js';
import type { EntityFieldKind } from './fieldCases.js';

export interface CrossFieldCase {
  kind: EntityFieldKind;
  title: string;
  mutate: (b: Record<string, unknown>) => Record<string, unknown>;
}

type Item = Record<string, unknown>;
const list = (b: Item, k: string): Item[] => (Array.isArray(b[k]) ? (b[k] as Item[]) : []);

export const crossFieldCases: CrossFieldCase[] = [
  {
    kind: 'service',
    title: 'a published service whose fi name equals its fi summary is refused',
    mutate: (b) => {
      const name = list(b, 'serviceNames').find((n) => n.language === 'fi')?.value;
      return {
        ...b,
        serviceDescriptions: list(b, 'serviceDescriptions').map((d) =>
          d.type === 'Summary' && d.language === 'fi' ? { ...d, value: name } : d,
        ),
      };
    },
  },
  {
    kind: 'service',
    title: 'a Swedish name without a Swedish summary is refused (per-language completeness)',
    mutate: (b) => ({
      ...b,
      serviceDescriptions: list(b, 'serviceDescriptions').filter(
        (d) => !(d.type === 'Summary' && d.language === 'sv'),
      ),
    }),
  },
  {
    kind: 'service',
    title: 'a language only in an optional list is refused',
    mutate: (b) => ({
      ...b,
      keywords: [...list(b, 'keywords'), { value: 'hakemus', language: 'se' }],
    }),
  },
  {
    kind: 'service',
    title: 'areas with a nationwide area type are refused',
    mutate: (b) => ({ ...b, areaType: 'Nationwide' }),
  },
  {
    kind: 'service',
    title: 'only main service classes are refused',
    mutate: (b) => ({ ...b, serviceClasses: ['http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P1'] }),
  },
  {
    kind: 'service',
    title: 'more than four service classes are refused',
    mutate: (b) => ({
      ...b,
      serviceClasses: ['P1.1', 'P1.2', 'P2.1', 'P2.2', 'P3.4'].map(
        (c) => `http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/${c}`,
      ),
    }),
  },
  {
    kind: 'service',
    title: 'the KR2 target group without a sub-group is refused',
    mutate: (b) => ({ ...b, targetGroups: ['http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR2'] }),
  },
  {
    kind: 'echannel',
    title: 'requiresSignature without signatureQuantity is refused',
    mutate: (b) => ({ ...b, requiresSignature: true }),
  },
  {
    kind: 'echannel',
    title: 'FullyCompliant accessibility without a WCAG level is refused',
    mutate: (b) => ({
      ...b,
      accessibilityClassification: list(b, 'accessibilityClassification').map((a, i) =>
        i === 0 ? { ...a, accessibilityClassificationLevel: 'FullyCompliant', wcagLevel: undefined } : a,
      ),
    }),
  },
  {
    kind: 'phone',
    title: 'serviceChargeType Other without a charge description is refused',
    mutate: (b) => setAt(b, ['phoneNumbers', '0', 'serviceChargeType'], 'Other'),
  },
  {
    kind: 'servicelocation',
    title: 'opening hours that close before they open are refused',
    mutate: (b) =>
      setAt(
        setAt(b, ['serviceHours', '0', 'openingHour', '0', 'from'], '16:00'),
        ['serviceHours', '0', 'openingHour', '0', 'to'],
        '08:00',
      ),
  },
  {
    kind: 'servicelocation',
    title: 'an opening time off the quarter hour is refused',
    mutate: (b) => setAt(b, ['serviceHours', '0', 'openingHour', '0', 'from'], '08:10'),
  },
  {
    kind: 'servicelocation',
    title: 'a street address without a street number or coordinates is refused',
    mutate: (b) => {
      const street = getAt(b, ['addresses', '0', 'streetAddress']) as Item;
      const { streetNumber: _n, ...rest } = street;
      return setAt(b, ['addresses', '0', 'streetAddress'], rest);
    },
  },
  {
    kind: 'servicelocation',
    title: "a Location address of subType 'Street' is refused",
    mutate: (b) => setAt(b, ['addresses', '0', 'subType'], 'Street'),
  },
  {
    kind: 'organization',
    title: 'a municipality code for a non-municipality organisation is refused',
    mutate: (b) => ({ ...b, municipality: '091' }),
  },
  {
    kind: 'organization',
    title: 'LimitedType without a sub-area type is refused',
    mutate: (b) => ({ ...b, areaType: 'LimitedType', subAreaType: undefined, areas: ['091'] }),
  },
];
