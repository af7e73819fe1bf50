/**
 * Pieces every v11 → v12 request translation shares (v12-migration.md §4.4 read backwards): the
 * `v12.dropped` finding, phones, areas, addresses and per-language lists. Correspondences marked
 * [INF] in §4.4 are inferred; they are kept in one place so a CTE finding changes one line.
 */
import type { Finding } from '../../core/finding.js';
import { DATA_LANGUAGES } from '../../core/vocabulary.js';

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const arr = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** Collects one `v12.dropped` warning per v11 field the v12 request cannot carry. */
export class Drops {
  readonly list: Finding[] = [];
  drop(path: string, reason: string, actual?: unknown): void {
    this.list.push({
      path,
      rule: 'v12.dropped',
      message: `v12 cannot carry this: ${reason}`,
      severity: 'warning',
      ...(actual === undefined ? {} : { actual }),
    });
  }
  /** A value v12 requires and v11 did not send: filled in, and said so (path: where in the v12 body). */
  defaulted(path: string, what: string, value: unknown): void {
    this.list.push({
      path,
      rule: 'v12.defaulted',
      message: `the v12 request requires ${what}; the v11 body has none, so ${JSON.stringify(value)} is sent [INF]`,
      severity: 'warning',
      actual: value,
    });
  }
  /** Every top-level key not in `known`, reported once (publishing status with its own reason). */
  unknownKeys(v11: Obj, known: ReadonlySet<string>, what: string): void {
    for (const k of Object.keys(v11)) {
      if (known.has(k)) continue;
      if (k === 'publishingStatus')
        this.drop(`/${k}`, 'v12 requests have no publishing status [SPEC by absence]', v11[k]);
      else this.drop(`/${k}`, `the v12 ${what} request has no such field [SPEC by absence]`, v11[k]);
    }
  }
}

export const AREA_TYPE: Record<string, string> = {
  Nationwide: 'WholeCountry',
  NationwideExceptAlandIslands: 'WholeCountryExceptAland',
  LimitedType: 'LimitedArea',
};
const AREA_LIST: Record<string, string> = {
  Municipality: 'municipalities',
  Region: 'regions',
  Province: 'regions',
  WellbeingServiceCounties: 'wellbeingServicesCounties',
  WellbeingServiceCounty: 'wellbeingServicesCounties',
};

/** v11 `areaType` + `areas[{type, areaCodes}]` → `AreaTypesRequest`; undefined when v11 names none. */
export function areaOf(v11: Obj, d: Drops): Obj | undefined {
  const areaType = AREA_TYPE[str(v11.areaType) ?? ''];
  if (areaType === 'LimitedArea') {
    const area: Obj = { areaType, municipalities: [], regions: [], wellbeingServicesCounties: [] };
    arr(v11.areas).forEach((a, i) => {
      const list = AREA_LIST[str(a.type) ?? ''];
      if (list) (area[list] as unknown[]).push(...strs(a.areaCodes));
      else
        d.drop(
          `/areas/${i}`,
          `a v12 area has no ${String(a.type)} list (PTV may expand it into municipalities; unknown)`,
          a,
        );
    });
    return area;
  }
  if (areaType) return { areaType };
  if (v11.areaType !== undefined)
    d.drop('/areaType', `no v12 area type for '${String(v11.areaType)}'`, v11.areaType);
  return undefined;
}

const PHONE_CHARGE: Record<string, string> = {
  Chargeable: 'Charged',
  FreeOfCharge: 'Free',
  Other: 'ExtraCharge', // [INF]
};

/**
 * A v11 phone → `DomesticPhone` (Finnish service number, no dial code) or `InternationalPhone`
 * (`prefixNumber` as the dial code; v12's number has no trunk 0 [SPEC `^[1-9]\d*$`]).
 */
export function phoneOf(p: Obj, type?: 'Fax'): Obj {
  const base = {
    additionalInformation: str(p.additionalInformation) ?? null,
    chargeDescription: str(p.chargeDescription) ?? null,
    chargeType: PHONE_CHARGE[str(p.serviceChargeType) ?? ''] ?? 'Charged',
  };
  const number = String(p.number ?? '');
  if (p.isFinnishServiceNumber === true && type === undefined)
    return { ...base, number, type: 'DomesticPhone' };
  return {
    ...base,
    number: number.replace(/^0+/, ''),
    dialCode: str(p.prefixNumber) ?? '+358',
    type: type ?? 'InternationalPhone',
  };
}

/** Items of one language (`language` field). */
export const ofLang = (list: unknown, lang: string): Obj[] => arr(list).filter((i) => i.language === lang);

/** The languages a localized list uses, in PTV's language order. */
export const langsOf = (...lists: unknown[]): string[] => {
  const have = new Set(lists.flatMap((l) => arr(l).map((i) => i.language)));
  return DATA_LANGUAGES.filter((l) => have.has(l));
};

/** `[{value, language}]` → `{fi: …, sv: …}`. */
export function localized(list: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of arr(list)) {
    const l = str(i.language);
    const v = str(i.value);
    if (l && v !== undefined && (DATA_LANGUAGES as readonly string[]).includes(l)) out[l] = v;
  }
  return out;
}

/** A v11 street address → `StreetAddressRequest` (coordinates only when sent). */
export function streetAddressOf(s: Obj): Obj {
  const lat = Number(s.latitude);
  const lon = Number(s.longitude);
  return {
    streetName: localized(s.street),
    addressDetail: str(s.streetNumber) ?? '',
    postalCode: String(s.postalCode ?? ''),
    coordinates:
      s.latitude !== undefined && Number.isFinite(lat) && Number.isFinite(lon)
        ? { system: 'EPSG:3067', easting: lon, northing: lat }
        : null,
    additionalInformation: localized(s.additionalInformation),
  };
}

/**
 * v11 `addresses` of the given types → `{foreignAddresses, postOfficeBoxAddresses, streetAddresses}`
 * (and `otherAddresses` for a location). Addresses of other types are the caller's.
 */
export function addressesOf(
  addresses: unknown,
  types: readonly string[],
  d: Drops,
  opts: { other?: boolean; postOfficeBox?: boolean } = {},
): Obj {
  const street: Obj[] = [];
  const pob: Obj[] = [];
  const foreign: Obj[] = [];
  const other: Obj[] = [];
  arr(addresses).forEach((a, i) => {
    if (!types.includes(String(a.type))) return;
    const sub = str(a.subType);
    if ((sub === 'Street' || sub === 'Single') && isObj(a.streetAddress)) {
      street.push(streetAddressOf(a.streetAddress));
    } else if (sub === 'PostOfficeBox' && isObj(a.postOfficeBoxAddress) && opts.postOfficeBox !== false) {
      const p = a.postOfficeBoxAddress;
      pob.push({
        postalCode: String(p.postalCode ?? ''),
        postOfficeBox: localized(p.postOfficeBox),
        additionalInformation: localized(p.additionalInformation),
      });
    } else if (sub === 'Abroad') {
      foreign.push({ address: localized(a.foreignAddress), countryCode: str(a.country) ?? '' });
    } else if (sub === 'Other' && isObj(a.otherAddress) && opts.other) {
      const o = a.otherAddress;
      const lat = Number(o.latitude);
      const lon = Number(o.longitude);
      other.push({
        postalCode: String(o.postalCode ?? ''),
        coordinates: { system: 'EPSG:3067', easting: lon, northing: lat },
        additionalInformation: localized(o.additionalInformation),
      });
    } else d.drop(`/addresses/${i}`, `no v12 ${String(a.type)} address of sub-type '${sub}'`, a);
  });
  return {
    foreignAddresses: foreign,
    ...(opts.postOfficeBox === false ? {} : { postOfficeBoxAddresses: pob }),
    streetAddresses: street,
    ...(opts.other ? { otherAddresses: other } : {}),
  };
}

/** Keys whose value is `undefined` are left out, so the v12 validation names them as missing. */
export const clean = (body: Obj): Obj => JSON.parse(JSON.stringify(body)) as Obj;
