import { outServiceHours } from './serviceHoursOut.js';
import { DATA_LANGUAGES } from '../../core/vocabulary.js';
import { municipalities } from '../../rules/codeLists/finnishCodes.js';
import type { ConnectionRecord, EntityRecord, SimState, StoredData } from '../store/simState.js';

type Item = { type?: string; language?: string; value?: string };

/** The list as stored, or `null`: OUT models write missing values as null (Newtonsoft default). */
export const listOrNull = (v: unknown): unknown[] | null => (Array.isArray(v) ? v : null);
export const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** First `Name` by PTV's language order (guid-page and reference items use it). */
export function displayName(list: unknown): string | null {
  if (!Array.isArray(list)) return null;
  const names = (list as Item[]).filter((n) => n && (n.type === undefined || n.type === 'Name'));
  for (const lang of DATA_LANGUAGES) {
    const hit = names.find((n) => n.language === lang);
    if (hit?.value) return hit.value;
  }
  return names[0]?.value ?? null;
}

export function namesKeyOf(rec: EntityRecord): string {
  switch (rec.objectType) {
    case 'Service':
      return 'serviceNames';
    case 'ServiceChannel':
      return 'serviceChannelNames';
    case 'Organization':
      return 'organizationNames';
    default:
      return 'serviceCollectionNames';
  }
}

/** True when the entity has a published version (archiving drops it; a later publish restores it). */
export function hasPublishedVersion(state: SimState, id: string): boolean {
  return state.get(id)?.published !== undefined;
}

/** Name of another entity for `{id, name}` references: the published name, else the latest. */
export function refName(state: SimState, id: string): string | null {
  const rec = state.get(id);
  if (!rec) return null;
  return displayName((rec.published ?? rec.latest).data[namesKeyOf(rec)]);
}

/** `VmOpenApiMunicipality`: the code and its names from the municipality code list. */
export function outMunicipality(code: string): { code: string; name: unknown[] } {
  const m = municipalities().get(code);
  const name = m
    ? [
        { value: m.nameFi, language: 'fi' },
        { value: m.nameSv, language: 'sv' },
      ].filter((n) => n.value)
    : [];
  return { code, name };
}

/**
 * Stored `(type, code)` pairs → OUT areas as PTV reads them back: one `{type, code, name,
 * municipalities}` per area of another type, then every municipality code in ONE object
 * `{type: 'Municipality', code: null, name: null, municipalities: […]}`. PTV stores municipality
 * areas as area municipalities, not areas, and the read appends them as a single area
 * (`Services/OpenApiServiceTranslator.cs:74, :79, :91-98`; channels
 * `src/PTV.Domain.Model/Models/OpenApi/VmOpenApiServiceChannel.cs:171-175`; organisations
 * `Organizations/OpenApiOrganizationTranslator.cs:75-95`, @ ptv-release-3_4). An area's own
 * `name` and `municipalities` stay empty: the simulator holds no region membership [INF].
 */
function outAreaPairs(pairs: readonly { type: string | null; code: string }[]): unknown[] {
  const out: unknown[] = [];
  const munis: string[] = [];
  for (const p of pairs) {
    if (p.type === 'Municipality') {
      if (!munis.includes(p.code)) munis.push(p.code);
    } else out.push({ type: p.type, code: p.code, name: [], municipalities: [] });
  }
  if (munis.length) {
    out.push({ type: 'Municipality', code: null, name: null, municipalities: munis.map(outMunicipality) });
  }
  return out;
}

type AreaIn = { type?: string; areaCodes?: string[] };
const pairsOf = (a: AreaIn) => (a.areaCodes ?? []).map((code) => ({ type: a.type ?? null, code }));

/** Service and channel areas: IN `[{type, areaCodes[]}]` → OUT (see `outAreaPairs`). */
export function outAreas(data: StoredData): unknown[] {
  const areas = data.areas;
  if (!Array.isArray(areas)) return [];
  return outAreaPairs((areas as AreaIn[]).flatMap(pairsOf));
}

/**
 * Organisation areas: IN bare codes of `subAreaType` (§4.1) → the same OUT objects as services
 * (§10). Object-shaped items are tolerated as on services.
 */
export function outOrganizationAreas(data: StoredData): unknown[] {
  const areas = data.areas;
  if (!Array.isArray(areas)) return [];
  const type = typeof data.subAreaType === 'string' ? data.subAreaType : null;
  return outAreaPairs(
    (areas as unknown[]).flatMap((a) => (typeof a === 'string' ? [{ type, code: a }] : pairsOf(a as AreaIn))),
  );
}

/**
 * Classification URIs → OUT objects. The simulator holds no Finto copy with names, so `name` is
 * empty and `code` is the URI's last segment [INF].
 */
export function outClassifications(v: unknown): unknown[] {
  if (!Array.isArray(v)) return [];
  return (v as unknown[]).map((uri) => {
    const u = String(uri);
    return {
      name: [],
      code: u.split('/').filter(Boolean).pop() ?? null,
      ontologyType: null,
      uri: u,
      parentId: null,
      parentUri: null,
    };
  });
}

/** IN `webPage` language items `{value: url, language}` → OUT web page objects. */
export function outWebPagesFromItems(v: unknown): unknown[] {
  if (!Array.isArray(v)) return [];
  return (v as Item[]).map((w, i) => ({
    value: null,
    url: w.value ?? null,
    language: w.language ?? null,
    orderNumber: i + 1,
  }));
}

/** OUT phone list: IN phones plus fax numbers typed `Fax` (there is no OUT `faxNumbers`). */
export function outPhones(phones: unknown, faxes: unknown): unknown[] {
  const out: unknown[] = [];
  for (const p of (Array.isArray(phones) ? phones : []) as Record<string, unknown>[])
    out.push({ type: 'Phone', ...p });
  for (const f of (Array.isArray(faxes) ? faxes : []) as Record<string, unknown>[])
    out.push({ ...f, type: 'Fax' });
  return out;
}

/** Connection contact details in OUT shape: `faxNumbers` folded into typed `phoneNumbers`. */
export function outContactDetails(cd: Record<string, unknown> | undefined): unknown {
  if (!cd) return null;
  return {
    emails: listOrNull(cd.emails) ?? [],
    phoneNumbers: outPhones(cd.phoneNumbers, cd.faxNumbers),
    webPages: listOrNull(cd.webPages) ?? [],
    addresses: listOrNull(cd.addresses) ?? [],
  };
}

/**
 * A connection as either side reads it (in-api-v11 §10): the partner reference under `partnerKey`
 * (`serviceChannel` on the service, `service` on the channel) plus the additional information.
 */
export function outConnection(
  state: SimState,
  c: ConnectionRecord,
  partnerKey: 'service' | 'serviceChannel',
): Record<string, unknown> {
  const partnerId = partnerKey === 'service' ? c.serviceId : c.channelId;
  return {
    [partnerKey]: { id: partnerId, name: refName(state, partnerId) },
    serviceChargeType: orNull(c.serviceChargeType),
    description: c.description ?? [],
    extraTypes: [],
    serviceHours: outServiceHours(c.serviceHours),
    contactDetails: outContactDetails(c.contactDetails),
    digitalAuthorizations: [],
    modified: c.modified,
  };
}
