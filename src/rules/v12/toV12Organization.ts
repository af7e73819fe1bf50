/**
 * v11 organisation IN body → `Post/Put{Main,Sub}OrganizationRequest` (v12-migration.md §4.4
 * "Organisation" read backwards). v12 has no organisation web pages beyond name + URL, no business
 * name and no publishing status; those are `v12.dropped` findings.
 */
import {
  addressesOf,
  AREA_TYPE,
  arr,
  clean,
  Drops,
  langsOf,
  localized,
  ofLang,
  phoneOf,
  str,
  strs,
  type Obj,
} from './toV12Common.js';
import type { V12Translation } from './toV12Request.js';

const FIELDS = new Set([
  'sourceId',
  'parentOrganizationId',
  'organizationType',
  'businessCode',
  'organizationNames',
  'displayNameType',
  'areaType',
  'subAreaType',
  'areas',
  'municipality',
  'organizationDescriptions',
  'emails',
  'phoneNumbers',
  'webPages',
  'addresses',
  'electronicInvoicings',
  'oid',
]);
const SUB_AREA_LIST: Record<string, string> = {
  Municipality: 'municipalities',
  Region: 'regions',
  WellbeingServiceCounties: 'wellbeingServicesCounties',
};

function textOf(list: unknown, l: string, type: string): string | undefined {
  return str(ofLang(list, l).find((i) => i.type === type)?.value);
}

/** v11 `areaType`/`subAreaType`/`areas` (bare codes) → `AreaTypesRequest`; a municipality names its one municipality. */
function areaOf(v11: Obj, type: unknown, d: Drops): Obj {
  if (type === 'Municipality') {
    const m = str(v11.municipality);
    if (m === undefined) d.defaulted('/municipality', "a municipality organisation's municipality", null);
    return { areaType: 'LimitedArea', municipalities: m === undefined ? [] : [m] };
  }
  const areaType = AREA_TYPE[str(v11.areaType) ?? ''];
  if (areaType === 'LimitedArea') {
    const area: Obj = { areaType, municipalities: [], regions: [], wellbeingServicesCounties: [] };
    const list = SUB_AREA_LIST[str(v11.subAreaType) ?? ''];
    if (list) (area[list] as string[]).push(...strs(v11.areas));
    else
      d.drop(
        '/subAreaType',
        `a v12 area has no ${String(v11.subAreaType)} list (PTV may expand it into municipalities; unknown)`,
        v11.areas,
      );
    return area;
  }
  if (areaType) return { areaType };
  const fallback = { areaType: 'WholeCountry' };
  if (v11.areaType !== undefined)
    d.drop('/areaType', `no v12 area type for '${String(v11.areaType)}'`, v11.areaType);
  d.defaulted('/area', 'an area', fallback);
  return fallback;
}

export function organizationToV12(
  kind: 'main-organization' | 'sub-organization',
  v11: Obj,
  externalId: boolean,
): V12Translation {
  const d = new Drops();
  d.unknownKeys(v11, FIELDS, 'organisation');
  if (v11.sourceId !== undefined && !externalId)
    d.drop(
      '/sourceId',
      'only the external-id request carries it (as externalId; use --external-id)',
      v11.sourceId,
    );
  if (kind === 'main-organization' && v11.parentOrganizationId !== undefined)
    d.drop('/parentOrganizationId', 'a main organisation has no parent', v11.parentOrganizationId);

  const names = v11.organizationNames;
  const texts = v11.organizationDescriptions;
  const languageVersions: Record<string, Obj> = {};
  for (const l of langsOf(names)) {
    const display = ofLang(v11.displayNameType, l)[0];
    languageVersions[l] = {
      name: textOf(names, l, 'Name'),
      alternativeName: textOf(names, l, 'AlternativeName') ?? null,
      isAlternativeNamePrimary: display?.type === 'AlternativeName', // [INF]
      description: textOf(texts, l, 'Description') ?? null,
      summary: textOf(texts, l, 'Summary'),
      contactEmails: ofLang(v11.emails, l).map((e) => ({
        email: str(e.value),
        additionalInformation: str(e.description) ?? null,
      })),
      contactWebPages: ofLang(v11.webPages, l).map((w) => ({ name: str(w.value), url: str(w.url) })),
      contactPhoneNumbers: ofLang(v11.phoneNumbers, l).map((p) => phoneOf(p)),
    };
  }
  arr(v11.addresses).forEach((a, i) => {
    if (a.type !== 'Visiting' && a.type !== 'Postal')
      d.drop(`/addresses/${i}`, `no v12 organisation address of type '${String(a.type)}'`, a);
  });
  const type = v11.organizationType;
  const body: Obj = {
    businessId: v11.businessCode,
    eInvoiceAddresses: arr(v11.electronicInvoicings).map((e) => ({
      address: e.electronicInvoicingAddress,
      intermediatorCode: str(e.operatorCode) ?? null,
      additionalInformation: localized(e.additionalInformation),
    })),
    contactAddresses: addressesOf(v11.addresses, ['Postal'], d), // [INF] Postal ↔ contactAddresses
    location: addressesOf(v11.addresses, ['Visiting'], d, { other: true, postOfficeBox: false }),
    languageVersions,
    oid: str(v11.oid) ?? null,
    organizationType: type,
    area: areaOf(v11, type, d),
    ...(kind === 'sub-organization' ? { parentOrganizationContentId: v11.parentOrganizationId } : {}),
    ...(externalId ? { externalId: v11.sourceId } : {}),
  };
  return { kind, body: clean(body), dropped: d.list };
}

/** v11 `POST /Connection` item → `ConnectionRequest`: v12 carries the pair only (§4.8 T4). */
export function connectionToV12(v11: Obj): V12Translation {
  const d = new Drops();
  for (const k of Object.keys(v11)) {
    if (k === 'serviceId' || k === 'serviceChannelId') continue;
    d.drop(`/${k}`, 'connection extra info has no v12 request schema [SPEC by absence]', v11[k]);
  }
  return {
    kind: 'connection',
    body: clean({ serviceContentId: v11.serviceId, channelContentId: v11.serviceChannelId }),
    dropped: d.list,
  };
}
