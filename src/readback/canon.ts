/**
 * Canonical forms for the IN→OUT comparison (in-api-v11.md §10): each turns one side of a field into
 * a sorted list of strings (or a scalar), so order, `HH:mm` vs `HH:mm:ss`, URI strings vs
 * classification objects and the other shape differences compare equal when the content is equal.
 */
type Obj = Record<string, unknown>;

export type Canon = string | number | boolean | null | string[];

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function items(v: unknown): Obj[] {
  return Array.isArray(v) ? v.filter(isObj) : [];
}

function str(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isObj(v) && typeof v.code === 'string') return v.code;
  return JSON.stringify(v);
}

function sorted(list: string[]): string[] {
  return [...list].sort();
}

/** `HH:mm` and `HH:mm:ss` are the same time; PTV answers the long form. */
export function time(v: unknown): string {
  const s = str(v);
  return /^\d{2}:\d{2}:00$/.test(s) ? s.slice(0, 5) : s;
}

/** Scalars: `signatureQuantity` is a string IN and an int OUT; null and absent are the same. */
export function scalar(v: unknown): Canon {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (isObj(v) && typeof v.code === 'string') return v.code;
  return JSON.stringify(v);
}

/** LocalizedListItems; `defaultType` for LanguageItems that OUT returns typed (channel names). */
export function localized(defaultType?: string) {
  return (v: unknown): string[] =>
    sorted(items(v).map((i) => `${str(i.type ?? defaultType)}|${str(i.language)}|${str(i.value)}`));
}

/** LanguageItems `{value, language}`. */
export function languageItems(v: unknown): string[] {
  return sorted(items(v).map((i) => `${str(i.language)}|${str(i.value)}`));
}

/** IN `webPage` LanguageItems (value = URL) and OUT `webPages` objects (`url`). */
export function urlsByLanguage(v: unknown): string[] {
  return sorted(items(v).map((i) => `${str(i.language)}|${str(i.url ?? i.value)}`));
}

/** Web page objects `{url, value, language}` on both sides. */
export function webPages(v: unknown): string[] {
  return sorted(items(v).map((i) => `${str(i.language)}|${str(i.url)}|${str(i.value)}`));
}

/** Plain string lists (`languages`). */
export function stringSet(v: unknown): string[] {
  return Array.isArray(v) ? sorted(v.map(str)) : [];
}

/** Classification URIs IN; objects with `uri` OUT. PTV rewrites `ptvserclass/` to `ptvserclass2/`. */
export function uris(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return sorted(
    v.map((x) => (isObj(x) ? str(x.uri) : str(x))).map((u) => u.replace('/ptvserclass/', '/ptvserclass2/')),
  );
}

/**
 * OUT area objects → `(type, code)` pairs: PTV reads every municipality back inside one
 * `{type: 'Municipality', municipalities: [{code}]}` (`OpenApiServiceTranslator.cs:91-98` @ ptv-release-3_4).
 */
function outAreaPairs(a: Record<string, unknown>): [string, string][] {
  if (
    Array.isArray(a.municipalities) &&
    a.municipalities.length &&
    (a.code === null || a.code === undefined)
  ) {
    return a.municipalities.map((m) => [str(a.type), isObj(m) ? str(m.code) : str(m)]);
  }
  return [[str(a.type), str(a.code)]];
}

/** Service/channel areas: IN `{type, areaCodes[]}`, OUT `{type, code}` or one municipality list. */
export function areas(v: unknown): string[] {
  const out: string[] = [];
  for (const a of items(v)) {
    if (Array.isArray(a.areaCodes)) for (const c of a.areaCodes) out.push(`${str(a.type)}|${str(c)}`);
    else for (const [t, c] of outAreaPairs(a)) out.push(`${t}|${c}`);
  }
  return sorted(out);
}

/** Organisation areas: IN bare codes, OUT area objects (as `areas`); compared by code. */
export function areaCodesOnly(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return sorted(v.flatMap((x) => (isObj(x) ? outAreaPairs(x).map(([, c]) => c) : [str(x)])));
}

export function phones(defaultType: string | null) {
  return (v: unknown): string[] =>
    sorted(
      items(v)
        .filter((p) => defaultType === null || str(p.type ?? defaultType) === defaultType)
        .map(
          (p) =>
            `${str(p.type ?? defaultType ?? '')}|${str(p.language)}|${str(p.prefixNumber)}|${str(p.number)}|` +
            `${str(p.serviceChargeType)}|${str(p.additionalInformation)}|${str(p.chargeDescription)}`,
        ),
    );
}

/** Phone-channel numbers are typed on both sides. */
export function typedPhones(v: unknown): string[] {
  return sorted(
    items(v).map(
      (p) =>
        `${str(p.type)}|${str(p.language)}|${str(p.prefixNumber)}|${str(p.number)}|${str(p.serviceChargeType)}|` +
        `${str(p.additionalInformation)}|${str(p.chargeDescription)}`,
    ),
  );
}

export function emails(v: unknown): string[] {
  return sorted(items(v).map((e) => `${str(e.language)}|${str(e.value)}`));
}

/** Opening hours in one entry; `dayTo` is ignored (PTV blanks it on GET, §4.9.4). */
function openingHours(v: unknown): string {
  return sorted(items(v).map((o) => `${str(o.dayFrom)}@${time(o.from)}-${time(o.to)}`)).join(',');
}

export function serviceHours(v: unknown): string[] {
  return sorted(
    items(v).map(
      (h) =>
        `${str(h.serviceHourType)}|closed=${h.isClosed === true}|always=${h.isAlwaysOpen === true}|` +
        `reservation=${h.isReservation === true}|${openingHours(h.openingHour)}|${languageItems(h.additionalInformation).join(',')}`,
    ),
  );
}

function streetAddress(s: unknown): string {
  if (!isObj(s)) return '';
  return [
    languageItems(s.street).join(','),
    str(s.streetNumber),
    str(s.postalCode),
    str(s.municipality),
    languageItems(s.additionalInformation).join(','),
  ].join('/');
}

export function addresses(v: unknown): string[] {
  return sorted(
    items(v).map(
      (a) => `${str(a.type)}|${str(a.subType)}|${str(a.country ?? 'FI')}|${streetAddress(a.streetAddress)}`,
    ),
  );
}

export function accessibility(v: unknown): string[] {
  return sorted(
    items(v).map(
      (a) =>
        `${str(a.language)}|${str(a.accessibilityClassificationLevel)}|${str(a.wcagLevel)}|` +
        `${str(a.accessibilityStatementWebPageName)}|${str(a.accessibilityStatementWebPage)}`,
    ),
  );
}

export function nameTypes(v: unknown): string[] {
  return sorted(items(v).map((d) => `${str(d.type)}|${str(d.language)}`));
}

/** `organizations[]` of a service OUT, filtered by role; IN is the bare id (or producer objects). */
export function responsibleOrg(side: 'in' | 'out') {
  return (v: unknown): Canon => {
    if (side === 'in') return scalar(v);
    const hit = items(v).find((o) => o.roleType === 'Responsible');
    return hit && isObj(hit.organization) ? scalar(hit.organization.id) : null;
  };
}

export function producers(side: 'in' | 'out') {
  return (v: unknown): string[] => {
    if (side === 'in') {
      return sorted(
        items(v).flatMap((p) =>
          (Array.isArray(p.organizations) ? p.organizations : []).map(
            (id) => `${str(p.provisionType)}|${str(id)}`,
          ),
        ),
      );
    }
    return sorted(
      items(v)
        .filter((o) => o.roleType === 'Producer')
        .map((o) => `${str(o.provisionType)}|${isObj(o.organization) ? str(o.organization.id) : ''}`),
    );
  };
}
