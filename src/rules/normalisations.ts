import { targetGroups } from './codeLists/finnishCodes.js';
import type { EntityKind, Operation } from './types.js';

type Seg = string | number;
type Obj = Record<string, unknown>;

/** One silent change PTV makes to a body it accepts (instead of refusing it). */
export interface Change {
  path: Seg[];
  from: unknown;
  to: unknown;
}

export interface Applied {
  /** The body PTV goes on with (a copy when something changed). */
  body: Obj;
  changes: Change[];
  /**
   * Stored fields PTV empties although the body does not send them (PUT only); `applyClear` says how
   * each is emptied (`organizationAreas` only when the stored sub-area type is not Municipality).
   */
  clear: ClearField[];
}

/** A stored field a PUT empties: a list, a scalar, or the organisation's non-municipality areas. */
export type ClearField = 'areas' | 'organizationAreas' | 'municipality';

export type NormalisationName =
  | 'organization-name-100'
  | 'voucher-without-url'
  | 'area-type-clears-areas'
  | 'service-class-uri-v2'
  | 'target-group-parents'
  | 'coordinates-as-numbers'
  | 'municipality-area-type-nationwide'
  | 'municipality-clears-areas'
  | 'organization-type-clears-municipality'
  | 'service-number-drops-prefix'
  | 'phone-charge-type-chargeable'
  | 'address-country-fi'
  | 'post-office-box-no-country'
  | 'location-oid-not-stored';

export interface Normalisation {
  name: NormalisationName;
  kinds: readonly EntityKind[];
  ops: readonly Operation[];
  /**
   * `bind`: a model setter, so PTV validates the changed value; `store`: a translator, so PTV validates
   * what was sent and changes it on save.
   */
  stage: 'bind' | 'store';
  /** Where PTV 3.4 does it: `path:line` on `vrk-kpa/ptv-releases` branch `ptv-release-3_4`. */
  source: string;
  /** For integrators (docs/rules.md, PIT): what PTV does instead of refusing. */
  summary: string;
  apply: (body: Obj) => Applied;
}

const CHANNELS: readonly EntityKind[] = ['echannel', 'phone', 'webpage', 'printableform', 'servicelocation'];
export const ORGANIZATION_NAME_LIMIT = 100;

const unchanged = (body: Obj): Applied => ({ body, changes: [], clear: [] });

function truncateOrganizationNames(body: Obj): Applied {
  const list = body.organizationNames;
  if (!Array.isArray(list)) return unchanged(body);
  const changes: Change[] = [];
  const next = list.map((item: unknown, i) => {
    const v = (item as Obj | null)?.value;
    if (typeof v !== 'string' || v.length <= ORGANIZATION_NAME_LIMIT) return item;
    const to = v.slice(0, ORGANIZATION_NAME_LIMIT);
    changes.push({ path: ['organizationNames', i, 'value'], from: v, to });
    return { ...(item as Obj), value: to };
  });
  return changes.length
    ? { body: { ...body, organizationNames: next }, changes, clear: [] }
    : unchanged(body);
}

const blank = (v: unknown) => typeof v !== 'string' || v.trim() === '';

function dropVouchersWithoutUrl(body: Obj): Applied {
  const list = body.serviceVouchers;
  if (!Array.isArray(list)) return unchanged(body);
  const changes: Change[] = [];
  list.forEach((item: unknown, i) => {
    if (item && typeof item === 'object' && blank((item as Obj).url))
      changes.push({ path: ['serviceVouchers', i], from: item, to: undefined });
  });
  if (!changes.length) return unchanged(body);
  const kept = list.filter(
    (item: unknown) => !(item && typeof item === 'object' && blank((item as Obj).url)),
  );
  return { body: { ...body, serviceVouchers: kept }, changes, clear: [] };
}

function clearAreasOnWideAreaType(body: Obj): Applied {
  const t = body.areaType;
  const areas = body.areas;
  if (typeof t !== 'string' || t === '' || t === 'LimitedType') return unchanged(body);
  if (Array.isArray(areas) && areas.length > 0) return unchanged(body);
  return { body, changes: [{ path: ['areas'], from: 'stored areas', to: [] }], clear: ['areas'] };
}

/** `…/ptvserclass/code/P25.1` → `…/ptvserclass2/code/P25.1`: C#'s `Replace` changes every occurrence. */
function rewriteOldServiceClassUris(body: Obj): Applied {
  const list = body.serviceClasses;
  if (!Array.isArray(list)) return unchanged(body);
  const changes: Change[] = [];
  const next = list.map((uri: unknown, i) => {
    if (typeof uri !== 'string' || !uri.includes('ptvserclass') || uri.includes('ptvserclass2')) return uri;
    const to = uri.replaceAll('ptvserclass', 'ptvserclass2');
    changes.push({ path: ['serviceClasses', i], from: uri, to });
    return to;
  });
  return changes.length ? { body: { ...body, serviceClasses: next }, changes, clear: [] } : unchanged(body);
}

let parentUris: ReadonlyMap<string, string> | undefined;

/** Sub target group URI → its parent's URI (KR1.2 → KR1), from the target-group code list. */
function parentOfTargetGroup(): ReadonlyMap<string, string> {
  if (!parentUris) {
    const byCode = new Map(targetGroups().map((g) => [g.code, g.uri]));
    const m = new Map<string, string>();
    for (const g of targetGroups()) {
      const dot = g.code.indexOf('.');
      const parent = dot > 0 ? byCode.get(g.code.slice(0, dot)) : undefined;
      if (parent) m.set(g.uri, parent);
    }
    parentUris = m;
  }
  return parentUris;
}

/** Appends the parent of every sub target group whose parent is not in the list (exact match, as PTV). */
function addParentTargetGroups(body: Obj): Applied {
  const list = body.targetGroups;
  if (!Array.isArray(list)) return unchanged(body);
  const parents = parentOfTargetGroup();
  const added: string[] = [];
  for (const uri of list) {
    const parent = typeof uri === 'string' ? parents.get(uri) : undefined;
    if (parent && !list.includes(parent) && !added.includes(parent)) added.push(parent);
  }
  if (!added.length) return unchanged(body);
  const changes = added.map((to, i) => ({ path: ['targetGroups', list.length + i], from: undefined, to }));
  return { body: { ...body, targetGroups: [...list, ...added] }, changes, clear: [] };
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const filled = (v: unknown): v is string => typeof v === 'string' && v !== '';

/** `double.TryParse` of a coordinate the pattern `^\d+\.?\d*$` let through; undefined when it fails. */
function asDouble(v: string): number | undefined {
  const n = Number(v.trim());
  return v.trim() !== '' && Number.isFinite(n) ? n : undefined;
}

/** One address part's coordinates as PTV stores them: a pair of doubles, or none. */
function storeCoordinatePair(a: Obj, path: Seg[], changes: Change[]): Obj {
  const lat = a.latitude;
  const lon = a.longitude;
  if (!filled(lat) && !filled(lon)) return a;
  const nLat = filled(lat) ? asDouble(lat) : undefined;
  const nLon = filled(lon) ? asDouble(lon) : undefined;
  if (nLat !== undefined && nLon !== undefined) {
    // double.ToString(InvariantCulture) prints the shortest round-trip text, as JavaScript does for the
    // pattern's plain decimals: "6673056.10" reads back as "6673056.1".
    const to = { latitude: String(nLat), longitude: String(nLon) };
    if (to.latitude === lat && to.longitude === lon) return a;
    for (const k of ['latitude', 'longitude'] as const)
      if (to[k] !== a[k]) changes.push({ path: [...path, k], from: a[k], to: to[k] });
    return { ...a, ...to };
  }
  // Only one of them, or one not a number: no coordinate is saved.
  for (const k of ['latitude', 'longitude'] as const)
    if (filled(a[k])) changes.push({ path: [...path, k], from: a[k], to: undefined });
  const { latitude: _lat, longitude: _lon, ...rest } = a;
  return rest;
}

function coordinatesAsNumbers(body: Obj): Applied {
  const list = body.addresses;
  if (!Array.isArray(list)) return unchanged(body);
  const changes: Change[] = [];
  const next = list.map((addr: unknown, i) => {
    if (!isObj(addr)) return addr;
    let out = addr;
    for (const part of ['streetAddress', 'otherAddress']) {
      const a = addr[part];
      if (!isObj(a)) continue;
      const stored = storeCoordinatePair(a, ['addresses', i, part], changes);
      if (stored !== a) out = { ...out, [part]: stored };
    }
    return out;
  });
  return changes.length ? { body: { ...body, addresses: next }, changes, clear: [] } : unchanged(body);
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * A Municipality organisation sent without an areaType is stored as Nationwide (the base translator's
 * default). Only `Municipality` reaches here: the v11 enum has no TT1/TT2, and every other type must
 * send an areaType on POST.
 */
function municipalityAreaTypeNationwide(body: Obj): Applied {
  if (body.organizationType !== 'Municipality' || text(body.areaType)) return unchanged(body);
  return {
    body: { ...body, areaType: 'Nationwide' },
    changes: [{ path: ['areaType'], from: body.areaType, to: 'Nationwide' }],
    clear: [],
  };
}

/**
 * A PUT with a municipality removes the stored OrganizationAreas (areas of a sub-area type other than
 * Municipality); the area municipalities stay. A municipality organisation may send no areas, so the
 * `subAreaType` + `areas` branch that would replace them cannot follow.
 */
function municipalityClearsAreas(body: Obj): Applied {
  if (!text(body.municipality)) return unchanged(body);
  if (text(body.subAreaType) && Array.isArray(body.areas) && body.areas.length > 0) return unchanged(body);
  return {
    body,
    changes: [{ path: ['areas'], from: 'stored areas of a sub-area type other than Municipality', to: [] }],
    clear: ['organizationAreas'],
  };
}

/** A PUT with an organizationType other than Municipality removes the stored municipality. */
function organizationTypeClearsMunicipality(body: Obj): Applied {
  const t = text(body.organizationType);
  if (!t || t === 'Municipality') return unchanged(body);
  return {
    body,
    changes: [{ path: ['municipality'], from: 'stored municipality', to: null }],
    clear: ['municipality'],
  };
}

/** Phone lists whose items PTV translates as `V4VmOpenApiPhone` (OpenApiPhoneTranslator / …WithTypeTranslator). */
const PHONE_LISTS = ['phoneNumbers', 'supportPhones'] as const;

/** Applies `fix` to every phone item of the phone lists; `fix` returns the stored item or the same one. */
function eachPhone(body: Obj, fix: (phone: Obj, path: Seg[], changes: Change[]) => Obj): Applied {
  let out = body;
  const changes: Change[] = [];
  for (const list of PHONE_LISTS) {
    const items = body[list];
    if (!Array.isArray(items)) continue;
    let changed = false;
    const next = items.map((ph: unknown, i) => {
      if (!isObj(ph)) return ph;
      const stored = fix(ph, [list, i], changes);
      if (stored !== ph) changed = true;
      return stored;
    });
    if (changed) out = { ...out, [list]: next };
  }
  return changes.length ? { body: out, changes, clear: [] } : unchanged(body);
}

/** "IsFinnishServiceNumber is the determinant": a service number's prefix is not saved. */
function serviceNumberDropsPrefix(body: Obj): Applied {
  return eachPhone(body, (ph, path, changes) => {
    if (ph.isFinnishServiceNumber !== true || !filled(ph.prefixNumber)) return ph;
    changes.push({ path: [...path, 'prefixNumber'], from: ph.prefixNumber, to: undefined });
    const { prefixNumber: _p, ...rest } = ph;
    return rest;
  });
}

/** A phone without a serviceChargeType is saved as Charged (OUT `Chargeable`). */
function phoneChargeTypeChargeable(body: Obj): Applied {
  return eachPhone(body, (ph, path, changes) => {
    if (filled(ph.serviceChargeType)) return ph;
    changes.push({ path: [...path, 'serviceChargeType'], from: ph.serviceChargeType, to: 'Chargeable' });
    return { ...ph, serviceChargeType: 'Chargeable' };
  });
}

/**
 * A new organisation or service-location address without a country is saved with country FI (every
 * API address is new); post-office boxes are not (`postOfficeBoxNoCountry`).
 */
function addressCountryFi(body: Obj): Applied {
  const list = body.addresses;
  if (!Array.isArray(list)) return unchanged(body);
  const changes: Change[] = [];
  const next = list.map((a: unknown, i) => {
    if (!isObj(a) || filled(a.country) || a.subType === 'PostOfficeBox') return a;
    changes.push({ path: ['addresses', i, 'country'], from: a.country, to: 'FI' });
    return { ...a, country: 'FI' };
  });
  return changes.length ? { body: { ...body, addresses: next }, changes, clear: [] } : unchanged(body);
}

/**
 * Post-office-box addresses are left out of the translators and saved apart by `AddressService`, which
 * builds the address from `postOfficeBoxAddress` alone: the address's `country` is never stored.
 */
function postOfficeBoxNoCountry(body: Obj): Applied {
  const list = body.addresses;
  if (!Array.isArray(list)) return unchanged(body);
  const changes: Change[] = [];
  const next = list.map((a: unknown, i) => {
    if (!isObj(a) || a.subType !== 'PostOfficeBox' || a.country === undefined) return a;
    changes.push({ path: ['addresses', i, 'country'], from: a.country, to: undefined });
    const { country: _c, ...rest } = a;
    return rest;
  });
  return changes.length ? { body: { ...body, addresses: next }, changes, clear: [] } : unchanged(body);
}

/** A service location's `oid` is a placeholder PTV validates (pattern) but never saves. */
function locationOidNotStored(body: Obj): Applied {
  if (body.oid === undefined || body.oid === null) return unchanged(body);
  const { oid, ...rest } = body;
  return { body: rest, changes: [{ path: ['oid'], from: oid, to: undefined }], clear: [] };
}

/** Empties one `clear` field of the stored data (the simulator's PUT, after merging the body). */
export function applyClear(stored: Obj, field: ClearField): void {
  if (field === 'municipality') delete stored.municipality;
  else if (field === 'areas') stored.areas = [];
  else if (stored.subAreaType !== 'Municipality') {
    // The simulator keeps an organisation's areas as bare codes of `subAreaType`: codes of another
    // sub-area type are OrganizationAreas, municipality codes are the area municipalities PTV keeps.
    stored.areas = [];
    delete stored.subAreaType;
  }
}

/**
 * The silent normalisations of PTV 3.4's write path, one row each, read from the source (no row is
 * inferred). Binding-time changes (model setters) come before validation; translator changes apply to
 * what is stored. The simulator applies every row (`--defect no-normalise-<name>` turns one off),
 * `validate` reports each as a warning, T5 expects it on read-back and PIT lists it.
 */
export const NORMALISATIONS: readonly Normalisation[] = [
  {
    name: 'organization-name-100',
    kinds: ['organization'],
    ops: ['post', 'put'],
    stage: 'bind',
    source:
      'src/PTV.Domain.Model/Models/OpenApi/VmOpenApiOrganizationBase.cs:82-101 (OrganizationNames setter; no max-length attribute on the list)',
    summary: `Organisation names longer than ${ORGANIZATION_NAME_LIMIT} characters are cut to ${ORGANIZATION_NAME_LIMIT} (no 400).`,
    apply: truncateOrganizationNames,
  },
  {
    name: 'voucher-without-url',
    kinds: ['service'],
    ops: ['post', 'put'],
    stage: 'store',
    source:
      'src/PTV.Database.DataAccess/Translators/OpenApi/Services/OpenApiServiceInTranslator.cs:291-292 (url optional: src/PTV.Domain.Model/Models/OpenApi/V9/V9VmOpenApiServiceVoucher.cs:80-82)',
    summary: 'Service vouchers without a url are accepted but not stored.',
    apply: dropVouchersWithoutUrl,
  },
  {
    name: 'area-type-clears-areas',
    kinds: ['organization', 'service', ...CHANNELS],
    ops: ['put'],
    stage: 'store',
    source:
      'src/PTV.Database.DataAccess/Translators/OpenApi/Services/OpenApiServiceInTranslator.cs:193-197; Channels/OpenApiServiceChannelInTranslator.cs:143-147; Organizations/OpenApiOrganizationInTranslator.cs:140-144',
    summary:
      'A PUT with an areaType other than LimitedType and no areas removes the stored areas (no deleteAll flag needed).',
    apply: clearAreasOnWideAreaType,
  },
  {
    name: 'service-class-uri-v2',
    kinds: ['service'],
    ops: ['post', 'put'],
    stage: 'store',
    source:
      'src/PTV.Application.OpenApi/DataValidators/ServiceClassListValidator.cs:99-104 (the data validator rewrites Model[index] before the existence check; the pattern accepts both, src/PTV.Framework/Attributes/ValidationConsts.cs:64)',
    summary:
      'Service class URIs of the old `ptvserclass` code list are stored as their `ptvserclass2` URI (no 400).',
    apply: rewriteOldServiceClassUris,
  },
  {
    name: 'target-group-parents',
    kinds: ['service'],
    ops: ['post', 'put'],
    stage: 'store',
    source:
      'src/PTV.Application.OpenApi/DataValidators/TargetGroupListValidator.cs:67-79 ("Automatically add parent URIs": Model.Add(parentUri))',
    summary:
      'A sub target group sent without its parent (e.g. KR1.2 without KR1) is stored with the parent added at the end of the list.',
    apply: addParentTargetGroups,
  },
  {
    name: 'coordinates-as-numbers',
    kinds: ['servicelocation', 'organization'],
    ops: ['post', 'put'],
    stage: 'store',
    source:
      'src/PTV.Database.DataAccess/Translators/OpenApi/Common/OpenApiAddressInTranslator.cs:71-89, :153-171 (saved only when both parse as double); read back with double.ToString: Common/OpenApiClsPointTranslator.cs:121, Common/OpenApiAddressOtherTranslator.cs:63',
    summary:
      'Coordinates are stored as numbers, so they read back re-printed ("6673056.10" as "6673056.1"); a latitude without a longitude (or the reverse) is not stored at all.',
    apply: coordinatesAsNumbers,
  },
  // The three organisation rows come after `area-type-clears-areas`: PTV's translator tests the areaType
  // as sent (OpenApiOrganizationInTranslator.cs:140), not the Nationwide default set here.
  {
    name: 'municipality-area-type-nationwide',
    kinds: ['organization'],
    ops: ['post', 'put'],
    stage: 'store',
    source:
      'src/PTV.Database.DataAccess/Translators/OpenApi/Organizations/OpenApiOrganizationBaseTranslator.cs:80-101 (no areaType and type Municipality: AreaInformationTypeId = WholeCountry, OUT "Nationwide")',
    summary:
      'A Municipality organisation sent without an areaType is stored with areaType Nationwide (also on a PUT that does not send one).',
    apply: municipalityAreaTypeNationwide,
  },
  {
    name: 'municipality-clears-areas',
    kinds: ['organization'],
    ops: ['put'],
    stage: 'store',
    source:
      'src/PTV.Database.DataAccess/Translators/OpenApi/Organizations/OpenApiOrganizationInTranslator.cs:104-113 (municipality on an existing organisation: OrganizationAreas removed; area municipalities kept, :121-145 only touch them for a sent subAreaType/areas or areaType)',
    summary:
      'An organisation PUT with a municipality removes the stored areas of a sub-area type other than Municipality (region, business sub-region, hospital district); municipality areas stay.',
    apply: municipalityClearsAreas,
  },
  {
    name: 'organization-type-clears-municipality',
    kinds: ['organization'],
    ops: ['put'],
    stage: 'store',
    source:
      'src/PTV.Database.DataAccess/Services/OrganizationService.cs:1502-1505 ("Municipality info needs to be removed if organization type is not municipality!": MunicipalityId = null)',
    summary:
      'An organisation PUT with an organizationType other than Municipality removes the stored municipality.',
    apply: organizationTypeClearsMunicipality,
  },
  {
    name: 'service-number-drops-prefix',
    kinds: ['organization', ...CHANNELS],
    ops: ['post', 'put'],
    stage: 'store',
    source:
      'src/PTV.Database.DataAccess/Translators/OpenApi/Common/OpenApiPhoneTranslator.cs:73-77, OpenApiPhoneBaseTranslator.cs:88-92 (prefix saved only when !IsFinnishServiceNumber; read back IsFinnishServiceNumber = no prefix, :66)',
    summary:
      'A phone number sent with isFinnishServiceNumber true and a prefixNumber is stored without the prefix.',
    apply: serviceNumberDropsPrefix,
  },
  {
    name: 'phone-charge-type-chargeable',
    kinds: ['organization', ...CHANNELS],
    ops: ['post', 'put'],
    stage: 'store',
    source:
      'src/PTV.Database.DataAccess/Translators/OpenApi/Common/OpenApiPhoneTranslator.cs:58-60, OpenApiPhoneBaseTranslator.cs:74-76 (no ServiceChargeType: ServiceChargeTypeEnum.Charged, OpenApi value "Chargeable", src/PTV.Domain.Model/Enums/ServiceChargeTypeEnum.cs:36-37)',
    summary: 'A phone number sent without a serviceChargeType is stored as Chargeable.',
    apply: phoneChargeTypeChargeable,
  },
  {
    name: 'address-country-fi',
    kinds: ['organization', 'servicelocation'],
    ops: ['post', 'put'],
    stage: 'store',
    source:
      'src/PTV.Database.DataAccess/Translators/OpenApi/Common/OpenApiAddressInTranslator.cs:308-311 (a new address without Country gets CountryCode.FI; the API never sends address ids, so every address is new); organisation addresses: Organizations/OpenApiOrganizationInTranslator.cs:177-184; service-location addresses: Channels/OpenApiServiceLocationChannelMainInTranslator.cs:96-115 (re-built as V9VmOpenApiAddressIn, Country as sent)',
    summary:
      'An organisation or service-location address (other than a post-office box) sent without a country is stored with country FI, a foreign (abroad) address too.',
    apply: addressCountryFi,
  },
  {
    name: 'post-office-box-no-country',
    kinds: ['organization', 'servicelocation'],
    ops: ['post', 'put'],
    stage: 'store',
    source:
      'src/PTV.Database.DataAccess/Services/AddressService.cs:257-288 (the post-office-box Address is built from PostOfficeBoxAddress only: no CountryId), called from OrganizationService.cs:1545-1564 and ChannelService.cs:1917-1938; the translators skip these addresses (Organizations/OpenApiOrganizationInTranslator.cs:179-182, Channels/OpenApiServiceLocationChannelMainInTranslator.cs:100-103); read back: Common/OpenApiAddressBaseTranslator.cs:63 (Country null)',
    summary:
      'A post-office-box address is stored without a country: a country sent with it is dropped (read back null), and no FI default is set.',
    apply: postOfficeBoxNoCountry,
  },
  {
    name: 'location-oid-not-stored',
    kinds: ['servicelocation'],
    ops: ['post', 'put'],
    stage: 'store',
    source:
      'src/PTV.Domain.Model/Models/OpenApi/VmOpenApiServiceLocationChannelInVersionBase.cs:51-58 (SFIPTV-1963: "the property is only a placeholder. The data is not saved into database!"; the pattern ValidationConsts.Oid is still checked)',
    summary: "A service location's oid is accepted (pattern-checked) but not stored: it reads back null.",
    apply: locationOidNotStored,
  },
];

export function normalisationsFor(kind: EntityKind, op: Operation): Normalisation[] {
  return NORMALISATIONS.filter((n) => n.kinds.includes(kind) && n.ops.includes(op));
}

export interface NormalisedBody extends Applied {
  /** Which row made each change. */
  applied: { name: NormalisationName; change: Change }[];
}

/** Applies the rows of one stage for kind/op except `skip` (the simulator's `no-normalise-*` defects). Pure. */
export function normalise(
  body: Obj,
  kind: EntityKind,
  op: Operation,
  stage: Normalisation['stage'],
  skip: ReadonlySet<string> = new Set(),
): NormalisedBody {
  let current = body;
  const applied: NormalisedBody['applied'] = [];
  const clear: ClearField[] = [];
  for (const n of normalisationsFor(kind, op)) {
    if (n.stage !== stage || skip.has(n.name)) continue;
    const r = n.apply(current);
    current = r.body;
    for (const change of r.changes) applied.push({ name: n.name, change });
    clear.push(...r.clear);
  }
  return { body: current, changes: applied.map((a) => a.change), clear, applied };
}

/** "PTV will store this as …" for a warning. */
export function describeChange(name: NormalisationName, c: Change): string {
  switch (name) {
    case 'organization-name-100':
      return `PTV will store this as its first ${ORGANIZATION_NAME_LIMIT} characters: "${String(c.to)}"`;
    case 'voucher-without-url':
      return 'PTV will store the service without this voucher: a voucher without a url is dropped';
    case 'area-type-clears-areas':
      return 'PTV will store this with no areas: an areaType other than LimitedType removes the stored areas';
    case 'service-class-uri-v2':
      return `PTV will store this as ${String(c.to)} (the old ptvserclass URI is rewritten)`;
    case 'target-group-parents':
      return `PTV will store the target groups with the parent ${String(c.to)} added`;
    case 'coordinates-as-numbers':
      return c.to === undefined
        ? 'PTV will store this address without coordinates: latitude and longitude are saved only as a pair'
        : `PTV will store this as the number ${String(c.to)} and read it back so`;
    case 'municipality-area-type-nationwide':
      return 'PTV will store this organisation with areaType Nationwide: a Municipality organisation without an areaType gets the default';
    case 'municipality-clears-areas':
      return 'PTV will remove the stored areas of a sub-area type other than Municipality: a PUT with a municipality drops them';
    case 'organization-type-clears-municipality':
      return 'PTV will remove the stored municipality: only a Municipality organisation keeps one';
    case 'service-number-drops-prefix':
      return 'PTV will store this phone number without its prefix: a Finnish service number keeps none';
    case 'phone-charge-type-chargeable':
      return 'PTV will store this phone number with serviceChargeType Chargeable (the default)';
    case 'address-country-fi':
      return 'PTV will store this address with country FI (the default)';
    case 'post-office-box-no-country':
      return 'PTV will store this post-office box without a country: it is saved apart and keeps no country';
    case 'location-oid-not-stored':
      return 'PTV will not store this oid: the service location oid is only a placeholder';
  }
}
