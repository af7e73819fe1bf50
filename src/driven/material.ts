import type { DrivenKind } from './drivenTypes.js';

type Obj = Record<string, unknown>;
type Texts = Record<string, string>;

const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** `[{language, value, type?}]` → `{fi: ..., sv: ...}`, only items of `type` when given. */
function texts(items: unknown, type?: string): Texts | undefined {
  const out: Texts = {};
  for (const it of list(items)) {
    if (type !== undefined && it.type !== type) continue;
    const lang = str(it.language);
    const value = str(it.value) ?? str(it.url);
    if (lang && value !== undefined) out[lang] = value;
  }
  return Object.keys(out).length ? out : undefined;
}

/** `{fi: [..], sv: [..]}` from language items (keywords, requirements, e-mails by language). */
function textLists(items: unknown): Record<string, string[]> | undefined {
  const out: Record<string, string[]> = {};
  for (const it of list(items)) {
    const lang = str(it.language);
    const value = str(it.value);
    if (lang && value !== undefined) (out[lang] ??= []).push(value);
  }
  return Object.keys(out).length ? out : undefined;
}

/** The code at the end of a code-list URI (`…/code/P27.1` → `P27.1`). */
const codeOf = (uri: string): string => uri.slice(uri.lastIndexOf('/') + 1);

/** An e-mail with its language: PTV holds one address per language, so the language is part of it. */
function email(e: Obj): Obj {
  return { value: e.value, ...(e.language !== undefined && { language: e.language }) };
}

function phone(p: Obj): Obj {
  return {
    number: p.number,
    ...(p.prefixNumber !== undefined && { prefix: p.prefixNumber }),
    isFinnishServiceNumber: p.isFinnishServiceNumber === true,
    ...(p.serviceChargeType !== undefined && { charge: p.serviceChargeType }),
    ...(p.chargeDescription !== undefined && { chargeDescription: p.chargeDescription }),
    ...(p.additionalInformation !== undefined && { additionalInformation: p.additionalInformation }),
    language: p.language,
  };
}

function hours(v: unknown): Obj[] | undefined {
  const out = list(v).map((h) => ({
    type: h.serviceHourType,
    ...(h.validFrom !== undefined && { validFrom: h.validFrom }),
    ...(h.validTo !== undefined && { validTo: h.validTo }),
    ...(h.isClosed !== undefined && { isClosed: h.isClosed }),
    ...(h.isAlwaysOpen !== undefined && { isAlwaysOpen: h.isAlwaysOpen }),
    ...(texts(h.additionalInformation) && { additionalInformation: texts(h.additionalInformation) }),
    openingHours: list(h.openingHour).map((o) => ({
      ...(o.dayFrom !== undefined && { dayFrom: o.dayFrom }),
      ...(o.dayTo !== undefined && { dayTo: o.dayTo }),
      from: o.from,
      to: o.to,
    })),
  }));
  return out.length ? out : undefined;
}

function address(v: unknown): Obj | undefined {
  const a = list(v).find((x) => isObj(x.streetAddress));
  if (!a) return undefined;
  const s = a.streetAddress as Obj;
  return {
    ...(texts(s.street) && { street: texts(s.street) }),
    ...(s.streetNumber !== undefined && { streetNumber: s.streetNumber }),
    postalCode: s.postalCode,
    ...(s.municipality !== undefined && { municipality: s.municipality }),
  };
}

function area(areaType: unknown, areas: unknown): Obj | undefined {
  if (areaType === 'WholeCountry' || areaType === 'WholeCountryExceptAlandIslands') return { type: areaType };
  const a = list(areas);
  if (!a.length) return undefined;
  return { type: a[0]!.type, codes: a.flatMap((x) => (Array.isArray(x.areaCodes) ? x.areaCodes : [])) };
}

/** `[{url, language}]` (web pages: `value` is the link text) → `{fi: url, …}`. */
function urlsByLanguage(v: unknown): Texts | undefined {
  const out: Texts = {};
  for (const it of list(v)) {
    const lang = str(it.language);
    const url = str(it.url) ?? str(it.value);
    if (lang && url !== undefined) out[lang] = url;
  }
  return Object.keys(out).length ? out : undefined;
}

/** Drops undefined values: the material holds only what the body carries. */
function compact(o: Obj): Obj {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

function channelCommon(b: Obj): Obj {
  return {
    names: texts(b.serviceChannelNames, 'Name') ?? texts(b.serviceChannelNames),
    summaries: texts(b.serviceChannelDescriptions, 'Summary'),
    descriptions: texts(b.serviceChannelDescriptions, 'Description'),
    languages: b.languages,
  };
}

const PROJECTIONS: Record<DrivenKind, (b: Obj) => Obj> = {
  organization: (b) => ({
    names: texts(b.organizationNames, 'Name'),
    summaries: texts(b.organizationDescriptions, 'Summary'),
    descriptions: texts(b.organizationDescriptions, 'Description'),
    organizationType: b.organizationType,
    emails: list(b.emails).map(email),
    phones: list(b.phoneNumbers).map(phone),
    webPages: urlsByLanguage(b.webPages),
    address: address(b.addresses),
  }),
  service: (b) => ({
    names: texts(b.serviceNames, 'Name'),
    summaries: texts(b.serviceDescriptions, 'Summary'),
    descriptions: texts(b.serviceDescriptions, 'Description'),
    userInstructions: texts(b.serviceDescriptions, 'UserInstruction'),
    languages: b.languages,
    serviceClasses: (b.serviceClasses as string[] | undefined)?.map(codeOf),
    ontologyTerms: b.ontologyTerms,
    targetGroups: (b.targetGroups as string[] | undefined)?.map(codeOf),
    keywords: textLists(b.keywords),
    area: area(b.areaType, b.areas),
    chargeType: b.serviceChargeType,
    fundingType: b.fundingType,
    type: b.type,
    requirements: texts(b.requirements),
  }),
  'channel/echannel': (b) => ({
    ...channelCommon(b),
    url: urlsByLanguage(b.webPage),
    requiresAuthentication: b.requiresAuthentication,
    requiresSignature: b.requiresSignature,
    emails: list(b.supportEmails).map(email),
  }),
  'channel/phone': (b) => ({
    ...channelCommon(b),
    phones: list(b.phoneNumbers).map(phone),
    hours: hours(b.serviceHours),
  }),
  'channel/webpage': (b) => ({ ...channelCommon(b), url: urlsByLanguage(b.webPage) }),
  'channel/printableform': (b) => ({
    ...channelCommon(b),
    formIdentifier: texts(b.formIdentifier),
    urls: texts(b.channelUrls),
  }),
  'channel/servicelocation': (b) => ({
    ...channelCommon(b),
    address: address(b.addresses),
    phones: list(b.phoneNumbers).map(phone),
    emails: list(b.emails).map(email),
    webPages: urlsByLanguage(b.webPages),
    hours: hours(b.serviceHours),
  }),
  connection: (b) => {
    const cd = isObj(b.contactDetails) ? b.contactDetails : {};
    return {
      chargeType: b.serviceChargeType,
      descriptions: texts(b.description, 'Description'),
      chargeDescriptions: texts(b.description, 'ChargeTypeAdditionalInfo'),
      hours: hours(b.serviceHours),
      emails: list(cd.emails).map(email),
      phones: list(cd.phoneNumbers).map(phone),
      webPages: urlsByLanguage(cd.webPages),
    };
  },
};

/**
 * The neutral material of a step (driven-contract.md "Material"): a projection of the v11 IN body,
 * so what PTV holds is compared with that body and reported under these field names. Empty lists
 * and absent values are left out.
 */
export function materialOf(kind: DrivenKind, ptvBody: Obj): Obj {
  const m = compact(PROJECTIONS[kind](ptvBody));
  for (const [k, v] of Object.entries(m)) if (Array.isArray(v) && v.length === 0) delete m[k];
  return m;
}

/**
 * How a v11 IN field is reported: the material field it comes from, and for a localized list shared
 * by several material fields (descriptions by type) the item `type` that belongs to each.
 */
export interface FieldLabel {
  ptv: string;
  material: string;
  /** Only the items of this `type` (Summary, Description, UserInstruction). */
  itemType?: string;
}

const L = (ptv: string, material: string, itemType?: string): FieldLabel => ({
  ptv,
  material,
  ...(itemType && { itemType }),
});

const CHANNEL_LABELS = [
  L('serviceChannelNames', 'names'),
  L('serviceChannelDescriptions', 'summaries', 'Summary'),
  L('serviceChannelDescriptions', 'descriptions', 'Description'),
  L('languages', 'languages'),
  L('organizationId', 'refs.organization'),
];

/** The compared fields per kind: every material field, and the references the tool gave. */
export const FIELD_LABELS: Record<Exclude<DrivenKind, 'connection'>, FieldLabel[]> = {
  organization: [
    L('parentOrganizationId', 'refs.parent'),
    L('organizationNames', 'names'),
    L('organizationDescriptions', 'summaries', 'Summary'),
    L('organizationDescriptions', 'descriptions', 'Description'),
    L('organizationType', 'organizationType'),
    L('emails', 'emails'),
    L('phoneNumbers', 'phones'),
    L('webPages', 'webPages'),
    L('addresses', 'address'),
  ],
  service: [
    L('mainResponsibleOrganization', 'refs.organization'),
    L('serviceNames', 'names'),
    L('serviceDescriptions', 'summaries', 'Summary'),
    L('serviceDescriptions', 'descriptions', 'Description'),
    L('serviceDescriptions', 'userInstructions', 'UserInstruction'),
    L('languages', 'languages'),
    L('serviceClasses', 'serviceClasses'),
    L('ontologyTerms', 'ontologyTerms'),
    L('targetGroups', 'targetGroups'),
    L('keywords', 'keywords'),
    L('areaType', 'area'),
    L('areas', 'area'),
    L('serviceChargeType', 'chargeType'),
    L('fundingType', 'fundingType'),
    L('type', 'type'),
    L('requirements', 'requirements'),
  ],
  'channel/echannel': [
    ...CHANNEL_LABELS,
    L('webPage', 'url'),
    L('requiresAuthentication', 'requiresAuthentication'),
    L('requiresSignature', 'requiresSignature'),
    L('supportEmails', 'emails'),
  ],
  'channel/phone': [...CHANNEL_LABELS, L('phoneNumbers', 'phones'), L('serviceHours', 'hours')],
  'channel/webpage': [...CHANNEL_LABELS, L('webPage', 'url')],
  'channel/printableform': [
    ...CHANNEL_LABELS,
    L('formIdentifier', 'formIdentifier'),
    L('channelUrls', 'urls'),
  ],
  'channel/servicelocation': [
    ...CHANNEL_LABELS,
    L('addresses', 'address'),
    L('phoneNumbers', 'phones'),
    L('emails', 'emails'),
    L('webPages', 'webPages'),
    L('serviceHours', 'hours'),
  ],
};
