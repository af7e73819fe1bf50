/**
 * Reduces a PTV object — an OUT object from the read API or an IN payload from the organisation's own
 * files — to the ContentEntity the rules read. Both shapes share the localized lists, so one mapping
 * serves both; OUT-only parts (connections, modified) are simply absent from payloads.
 */
import { CHANNEL_KIND_OF, channelTypeOfKind } from '../core/vocabulary.js';
import { minutesOf, phoneKey } from './connectionContradictions.js';
import type { ChannelType, ContentConnection, ContentEntity, LocalizedText } from './types.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

function texts(field: string, items: Obj[], defaultType: string): LocalizedText[] {
  const out: LocalizedText[] = [];
  for (const it of items) {
    const value = str(it.value);
    const language = str(it.language);
    if (value === undefined || language === undefined) continue;
    out.push({ field, type: str(it.type) ?? defaultType, language, value });
  }
  return out;
}

function namesOf(items: Obj[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const n of items) {
    const type = str(n.type) ?? 'Name';
    const language = str(n.language);
    const value = str(n.value);
    if (type === 'Name' && language && value && names[language] === undefined) names[language] = value;
  }
  return names;
}

function languagesOf(o: Obj, fallback: LocalizedText[]): string[] {
  const given = Array.isArray(o.languages)
    ? o.languages.filter((l): l is string => typeof l === 'string')
    : [];
  return given.length > 0 ? given : [...new Set(fallback.map((t) => t.language))];
}

/** OUT classifications are objects with `uri`; IN ones are URI strings. */
function uris(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v
    .map((x) => (typeof x === 'string' ? x : isObj(x) ? str(x.uri) : undefined))
    .filter((x): x is string => !!x);
}

/** Minutes of every opening/closing time in a `serviceHours` list (OUT or IN shape). */
function hourTimesOf(v: unknown): number[] {
  const out = new Set<number>();
  for (const h of list(v)) {
    for (const o of list(h.openingHour)) {
      for (const t of [o.from, o.to]) {
        const m = typeof t === 'string' ? minutesOf(t) : undefined;
        if (m !== undefined) out.add(m);
      }
    }
  }
  return [...out];
}

function phonesOf(o: Obj): string[] {
  const out = new Set<string>();
  for (const p of list(o.phoneNumbers)) {
    const number = str(p.number);
    if (number) out.add(phoneKey(str(p.prefixNumber), number));
  }
  return [...out];
}

function connectionsOf(o: Obj, partnerKey: 'service' | 'serviceChannel'): string[] {
  return list(o[partnerKey === 'service' ? 'services' : 'serviceChannels'])
    .map((c) => (isObj(c[partnerKey]) ? str((c[partnerKey] as Obj).id) : undefined))
    .filter((x): x is string => !!x);
}

export function serviceEntity(o: Obj, withRecheck = true): ContentEntity {
  const nameItems = list(o.serviceNames);
  const t = [
    ...texts('serviceNames', nameItems, 'Name'),
    ...texts('serviceDescriptions', list(o.serviceDescriptions), 'Description'),
    ...texts('requirements', list(o.requirements), 'Requirement'),
  ];
  const body: Obj = {
    serviceNames: nameItems,
    serviceDescriptions: list(o.serviceDescriptions),
    languages: languagesOf(o, t),
    publishingStatus: 'Published',
  };
  for (const k of ['serviceClasses', 'ontologyTerms', 'targetGroups', 'lifeEvents', 'industrialClasses']) {
    const u = uris(o[k]);
    if (u.length > 0) body[k] = u;
  }
  const id = str(o.id) ?? str(o.sourceId) ?? '(no id)';
  return {
    kind: 'service',
    id,
    names: namesOf(nameItems),
    texts: t,
    languages: languagesOf(o, t),
    ...(str(o.modified) && { modified: str(o.modified)! }),
    ...(str(o.generalDescriptionId) && { generalDescriptionId: str(o.generalDescriptionId)! }),
    connectedIds: connectionsOf(o, 'serviceChannel'),
    ...(withRecheck && { recheck: { kind: 'service', body } }),
  };
}

export function channelEntity(o: Obj, kind?: string, withRecheck = true): ContentEntity {
  const channelType: ChannelType =
    (str(o.serviceChannelType) as ChannelType | undefined) ?? channelTypeOfKind(kind ?? '') ?? 'EChannel';
  const nameItems = list(o.serviceChannelNames);
  const t = [
    ...texts('serviceChannelNames', nameItems, 'Name'),
    ...texts('serviceChannelDescriptions', list(o.serviceChannelDescriptions), 'Description'),
  ];
  // OUT adds `type: "Name"` to every channel name; IN has it only on service locations.
  const inNames =
    channelType === 'ServiceLocation' ? nameItems : nameItems.map(({ type: _type, ...rest }) => rest);
  const body: Obj = {
    serviceChannelNames: inNames,
    serviceChannelDescriptions: list(o.serviceChannelDescriptions),
    languages: languagesOf(o, t),
    publishingStatus: 'Published',
  };
  const id = str(o.id) ?? str(o.sourceId) ?? '(no id)';
  return {
    kind: 'channel',
    id,
    channelType,
    names: namesOf(nameItems),
    texts: t,
    languages: languagesOf(o, t),
    ...(str(o.modified) && { modified: str(o.modified)! }),
    connectedIds: connectionsOf(o, 'service'),
    hasServiceHours: list(o.serviceHours).length > 0,
    hasAddress: list(o.addresses).length > 0,
    phones: phonesOf(o),
    hourTimes: hourTimesOf(o.serviceHours),
    ...(withRecheck && { recheck: { kind: CHANNEL_KIND_OF[channelType], body } }),
  };
}

export function organizationEntity(o: Obj): ContentEntity {
  const nameItems = list(o.organizationNames);
  const t = [
    ...texts('organizationNames', nameItems, 'Name'),
    ...texts('organizationDescriptions', list(o.organizationDescriptions), 'Description'),
  ];
  return {
    kind: 'organization',
    id: str(o.id) ?? str(o.sourceId) ?? '(no id)',
    names: namesOf(nameItems),
    texts: t,
    languages: languagesOf(o, t),
    ...(str(o.modified) && { modified: str(o.modified)! }),
    connectedIds: [],
  };
}

/** The connections of one OUT service (`serviceChannels[]`), with their additional information. */
export function serviceConnections(o: Obj): ContentConnection[] {
  const serviceId = str(o.id);
  if (!serviceId) return [];
  return list(o.serviceChannels).flatMap((c) => {
    const channelId = isObj(c.serviceChannel) ? str((c.serviceChannel as Obj).id) : undefined;
    if (!channelId) return [];
    return [
      {
        serviceId,
        channelId,
        description: texts('serviceChannels.description', list(c.description), 'Description'),
        hasServiceHours: list(c.serviceHours).length > 0,
        hourTimes: hourTimesOf(c.serviceHours),
        hasContactDetails:
          isObj(c.contactDetails) && Object.values(c.contactDetails).some((v) => list(v).length > 0),
      },
    ];
  });
}

/** An OUT service collection (`ServiceCollection/organization` item) as a ContentEntity (texts only). */
export function serviceCollectionEntity(o: Obj): ContentEntity {
  const nameItems = list(o.serviceCollectionNames);
  const t = [
    ...texts('serviceCollectionNames', nameItems, 'Name'),
    ...texts('serviceCollectionDescriptions', list(o.serviceCollectionDescriptions), 'Description'),
  ];
  return {
    kind: 'serviceCollection',
    id: str(o.id) ?? '(no id)',
    names: namesOf(nameItems),
    texts: t,
    languages: languagesOf(o, t),
    ...(str(o.modified) && { modified: str(o.modified)! }),
    connectedIds: list(o.services)
      .map((s) => str(s.id))
      .filter((x): x is string => !!x),
  };
}

/** An IN payload of a known kind as a ContentEntity (offline `validate --content`), or undefined. */
export function payloadEntity(kind: string, body: unknown): ContentEntity | undefined {
  if (!isObj(body)) return undefined;
  if (kind === 'service') return serviceEntity(body, false);
  if (kind === 'organization') return organizationEntity(body);
  if (channelTypeOfKind(kind)) return channelEntity(body, kind, false);
  return undefined;
}
