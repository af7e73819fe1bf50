/**
 * Shared pieces of the v12 projection: the simulator's stored v11-IN-shaped data read as the v12
 * response schemas [SPEC v12-openapi.json] say. Written from v12-migration.md §4.4 read in the other
 * direction, independently of src/neutral (two readings of one table catch a misreading; ESLint keeps
 * this folder from importing it).
 */
import { DATA_LANGUAGES } from '../../../core/vocabulary.js';
import type { StoredData } from '../../store/simState.js';

export type Json = Record<string, unknown>;
type Item = { value?: unknown; type?: unknown; language?: unknown };

export const V12_LANGS = DATA_LANGUAGES;

export const arr = (v: unknown): Json[] =>
  Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Json[]) : [];
export const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** The value of a localized list item of this language (and type, when given), else null. */
export function textOf(list: unknown, lang: string, type?: string): string | null {
  for (const i of arr(list) as Item[]) {
    if (i.language !== lang) continue;
    if (type !== undefined && i.type !== undefined && i.type !== type) continue;
    if (type === undefined && i.type !== undefined && i.type !== 'Name') continue;
    if (typeof i.value === 'string') return i.value;
  }
  return null;
}

/** Values of a language's items (keywords, formIdentifier, …). */
export const valuesOf = (list: unknown, lang: string): string[] =>
  (arr(list) as Item[])
    .filter((i) => i.language === lang && typeof i.value === 'string')
    .map((i) => i.value as string);

/** `{fi: …, sv: …}` of the items that have a value (v12's localized-string objects). */
export function localized(list: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of arr(list) as Item[]) {
    if (
      typeof i.language === 'string' &&
      typeof i.value === 'string' &&
      (V12_LANGS as readonly string[]).includes(i.language)
    )
      out[i.language] = i.value;
  }
  return out;
}

/** Languages with a name item: the entity's language versions, in PTV's language order. */
export function languageVersionsOf(names: unknown, type = 'Name'): string[] {
  const have = new Set(
    (arr(names) as Item[]).filter((i) => i.type === undefined || i.type === type).map((i) => i.language),
  );
  return V12_LANGS.filter((l) => have.has(l));
}

/** Segment after `/code/` of a classification URI: v12 returns bare codes [SPEC, 3P-LIVE]. */
export const codeOf = (uri: string): string => {
  const i = uri.lastIndexOf('/code/');
  return i >= 0 ? uri.slice(i + '/code/'.length) : uri.slice(uri.lastIndexOf('/') + 1);
};

/** v11 area → v12 `AreaTypesResponse` (BusinessSubRegion / HospitalDistrict have no v12 list: dropped). */
export function areaOf(d: StoredData): Json | null {
  const t = d.areaType;
  if (t === 'Nationwide') return { areaType: 'WholeCountry' };
  if (t === 'NationwideExceptAlandIslands') return { areaType: 'WholeCountryExceptAland' };
  if (t !== 'LimitedType') return null;
  const m: string[] = [];
  const r: string[] = [];
  const w: string[] = [];
  for (const a of arr(d.areas)) {
    const codes = strs(a.areaCodes);
    if (a.type === 'Municipality') m.push(...codes);
    else if (a.type === 'Region' || a.type === 'Province') r.push(...codes);
    else if (a.type === 'WellbeingServiceCounties' || a.type === 'WellbeingServiceCounty') w.push(...codes);
  }
  return { areaType: 'LimitedArea', municipalities: m, regions: r, wellbeingServicesCounties: w };
}

const PHONE_CHARGE: Record<string, string> = {
  Chargeable: 'Charged',
  FreeOfCharge: 'Free',
  Other: 'ExtraCharge',
};

/** A v11 phone item → `DomesticPhone` (Finnish service number) or `InternationalPhone` [INF]. */
export function phoneOf(p: Json): Json {
  const common = {
    additionalInformation: typeof p.additionalInformation === 'string' ? p.additionalInformation : null,
    chargeDescription: typeof p.chargeDescription === 'string' ? p.chargeDescription : null,
    chargeType: PHONE_CHARGE[String(p.serviceChargeType)] ?? 'Charged',
    number: String(p.number ?? ''),
  };
  if (p.isFinnishServiceNumber === true) return { ...common, type: 'DomesticPhone' };
  return { dialCode: String(p.prefixNumber ?? ''), ...common, type: 'InternationalPhone' };
}

/** Sms / Fax numbers: always with a dial code [SPEC]. */
export function dialledOf(p: Json, type: 'Sms' | 'Fax'): Json {
  const { dialCode, ...rest } = phoneOf({ ...p, isFinnishServiceNumber: false });
  return { dialCode, ...rest, type };
}

export const phonesOf = (list: unknown, lang: string): Json[] =>
  arr(list)
    .filter((p) => p.language === lang)
    .map(phoneOf);

export const emailsOf = (list: unknown, lang: string): Json[] =>
  valuesOf(list, lang).map((email) => ({ email }));

/** v11 `webPages[{url, value}]` → `{name, url}`. */
export const webPagesOf = (list: unknown, lang: string): Json[] =>
  arr(list)
    .filter((w) => w.language === lang)
    .map((w) => ({ name: typeof w.value === 'string' ? w.value : '', url: String(w.url ?? '') }));

/** A v11 street address → `StreetAddressResponse` (user-entered; coordinates only when sent). */
export function streetAddressOf(s: Json): Json {
  const lat = Number(s.latitude);
  const lon = Number(s.longitude);
  return {
    addressSource: { source: 'UserEntered' },
    streetName: localized(s.street),
    addressDetail: typeof s.streetNumber === 'string' ? s.streetNumber : '',
    postalCode: String(s.postalCode ?? ''),
    coordinates:
      Number.isFinite(lat) && Number.isFinite(lon) && s.latitude !== undefined
        ? [{ system: 'EPSG:3067', source: 'User', easting: lon, northing: lat }]
        : [],
    additionalInformation: localized(s.additionalInformation),
  };
}

/** `{foreignAddresses, postOfficeBoxAddresses, streetAddresses}` of the v11 addresses of one type. */
export function contactAddressesOf(addresses: unknown, types: readonly string[]): Json {
  const street: Json[] = [];
  const pob: Json[] = [];
  const foreign: Json[] = [];
  for (const a of arr(addresses)) {
    if (!types.includes(String(a.type))) continue;
    if ((a.subType === 'Street' || a.subType === 'Single') && a.streetAddress)
      street.push(streetAddressOf(a.streetAddress as Json));
    else if (a.subType === 'PostOfficeBox' && a.postOfficeBoxAddress) {
      const p = a.postOfficeBoxAddress as Json;
      pob.push({
        postalCode: String(p.postalCode ?? ''),
        postOfficeBox: localized(p.postOfficeBox),
        additionalInformation: localized(p.additionalInformation),
      });
    } else if (a.subType === 'Abroad') {
      foreign.push({ address: localized(a.foreignAddress), countryCode: String(a.country ?? '') });
    }
  }
  return { foreignAddresses: foreign, postOfficeBoxAddresses: pob, streetAddresses: street };
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const hhmm = (t: unknown): string => (typeof t === 'string' ? t.slice(0, 5) : '00:00');
const date = (t: unknown): string => (typeof t === 'string' ? t.slice(0, 10) : '');

/**
 * Weekday-keyed hours of v11 opening-hour items. An exceptional item's dayFrom..dayTo span fills each
 * day; a `DaysOfTheWeek` item is its dayFrom day only: PTV blanks its `dayTo` (in-api-v11 §4.9.4).
 */
function weekOf(openingHour: unknown, status: string, exceptional: boolean): Json {
  const week: Record<string, { hours: Json[] }> = {};
  for (const o of arr(openingHour)) {
    const from = DAYS.indexOf(String(o.dayFrom));
    const to =
      !exceptional || o.dayTo === undefined || o.dayTo === null ? from : DAYS.indexOf(String(o.dayTo));
    if (from < 0) continue;
    for (let i = from; i <= (to < from ? from : to); i++) {
      const key = DAYS[i]!.toLowerCase();
      (week[key] ??= { hours: [] }).hours.push({
        start: hhmm(o.from),
        end: hhmm(o.to),
        openingStatus: status,
        repetition: 'Weekly',
        additionalInformation: {},
      });
    }
  }
  return week;
}

/** v11 `serviceHours[]` → `ServiceHoursResponse` (hours rule of §4.4, [INF]). */
export function serviceHoursOf(list: unknown): Json {
  const hours: Json[] = [];
  for (const h of arr(list)) {
    const base = { heading: {}, additionalInformation: localized(h.additionalInformation) };
    const status = h.isReservation === true ? 'OpenOnReservation' : 'Open';
    const dated = typeof h.validFrom === 'string';
    if (h.isAlwaysOpen === true) {
      hours.push({ type: 'ContinuousAlwaysValidServiceHour', openingStatus: status, ...base });
    } else if (h.serviceHourType === 'Exceptional') {
      const closed = h.isClosed === true;
      const week = weekOf(h.openingHour, closed ? 'Closed' : status, true);
      hours.push({
        type: 'ExceptionalDateRangeServiceHour',
        ...base,
        fromDate: date(h.validFrom),
        toDate: date(h.validTo ?? h.validFrom),
        weeklyHours: week,
      });
    } else if (h.serviceHourType === 'OverMidnight') {
      const o = arr(h.openingHour)[0] ?? {};
      const span = {
        openingStatus: status,
        ...base,
        fromDay: DAYS.includes(String(o.dayFrom)) ? o.dayFrom : 'Monday',
        toDay: DAYS.includes(String(o.dayTo)) ? o.dayTo : 'Monday',
        fromTime: hhmm(o.from),
        toTime: hhmm(o.to),
      };
      hours.push(
        dated
          ? {
              type: 'ContinuousDateRangeServiceHour',
              ...span,
              fromDate: date(h.validFrom),
              toDate: date(h.validTo ?? h.validFrom),
            }
          : { type: 'ContinuousWeekdaysUntilFurtherNoticeServiceHour', ...span },
      );
    } else {
      const weeklyHours = weekOf(h.openingHour, status, false);
      hours.push(
        dated
          ? {
              type: 'WeeklyDateRangeServiceHour',
              fromDate: date(h.validFrom),
              toDate: date(h.validTo ?? h.validFrom),
              ...base,
              weeklyHours,
            }
          : { type: 'WeeklyUntilFurtherNoticeServiceHour', ...base, weeklyHours },
      );
    }
  }
  return { hours, holidayServiceHours: null };
}

/** v11 `serviceLanguages` restricted to the codes v12's `ServiceLanguage` enum names [SPEC]. */
export const serviceLanguagesOf = (d: StoredData): string[] => strs(d.languages);
