import type { Canon } from '../readback/canon.js';
import type { ReadBackKind } from '../readback/fieldMaps.js';
import * as n from './canon.js';
import { neutralKey, type NeutralState, type RoleOf } from './keys.js';

/**
 * v11 bodies → neutral state. IN (what the fixtures send) and OUT (what GET returns) share most
 * property names; where they differ (`organizations[]` on a service, typed faxes on a service
 * location, area objects) the `side` decides. Partial bodies give partial states: only the keys
 * whose source properties are present appear, so a read-back that compared some fields yields
 * exactly those fields' keys.
 */
export type V11Side = 'in' | 'out';

export interface NeutralContext {
  roleOf: RoleOf;
}

type Obj = Record<string, unknown>;

const SERVICE_TYPE = {
  Service: 'service',
  PermitOrObligation: 'permitOrObligation',
  ProfessionalQualification: 'professionalQualification',
};
const CHARGE = { Chargeable: 'charged', FreeOfCharge: 'free', Other: 'other' };
const PROVISION = {
  SelfProducedServices: 'self',
  PurchaseServices: 'procured',
  Other: 'other',
  SelfProduced: 'self',
  ProcuredServices: 'procured',
};
const CHANNEL_TYPE: Record<string, string> = {
  echannel: 'eService',
  phone: 'telephone',
  webpage: 'webPage',
  printableform: 'printableForm',
  servicelocation: 'serviceLocation',
};
const SERVICE_TEXT: Record<string, string> = {
  Summary: 'summary',
  Description: 'description',
  UserInstruction: 'userInstructions',
  ChargeTypeAdditionalInfo: 'chargeInfo',
  DeadLine: 'deadline',
  ProcessingTime: 'processingTime',
  ValidityTime: 'validityTime',
  ServiceType: 'typeInfo',
};
const NAME_FIELD: Record<string, string> = { Name: 'name', AlternativeName: 'alternativeName' };
const FORM_FILE: Record<string, string> = {
  PDF: 'pdf',
  DOC: 'doc',
  Excel: 'excel',
  RTF: 'rtf',
  rtf: 'rtf',
  ODT: 'odt',
  odt: 'odt',
};

/** Collects keys; list values accumulate per key and are sorted at the end. */
class StateBuilder {
  readonly state: NeutralState = {};
  private readonly lists = new Map<string, string[]>();
  constructor(readonly entity: string) {}
  set(field: string, value: Canon, lang?: string): void {
    // Absent, "" and [] all mean "nothing": v12 returns empty arrays where v11 omits the property.
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return;
    this.state[neutralKey(this.entity, field, lang)] = value;
  }
  add(field: string, value: string | null, lang?: string): void {
    if (value === null) return;
    const key = neutralKey(this.entity, field, lang);
    const l = this.lists.get(key) ?? [];
    l.push(value);
    this.lists.set(key, l);
  }
  done(): NeutralState {
    for (const [k, l] of this.lists) if (l.length) this.state[k] = n.sorted(l);
    return this.state;
  }
}

function has(body: Obj, prop: string): boolean {
  return body[prop] !== undefined;
}

function langOf(i: Obj): string {
  return n.str(i.language);
}

/** v11 phone → neutral phone string; `type` Sms/Fax picks those kinds. */
export function v11Phone(p: Obj): string {
  const type = n.str(p.type);
  const kind =
    type === 'Fax' ? 'fax' : type === 'Sms' ? 'sms' : p.isFinnishServiceNumber === true ? 'domestic' : 'intl';
  return n.phone({
    kind,
    dial: p.prefixNumber,
    number: p.number,
    charge: p.serviceChargeType,
    chargeDescription: p.chargeDescription,
    additionalInformation: p.additionalInformation,
  });
}

function area(b: StateBuilder, body: Obj, field = 'area'): void {
  // v11 OUT sends `areaType: null` for a channel without an area: no area, not an empty limited one.
  if (!has(body, 'areaType') || body.areaType === null) return;
  const t = n.str(body.areaType);
  if (t === 'Nationwide' || t === 'WholeCountry') return b.set(field, n.area('wholeCountry'));
  if (t === 'NationwideExceptAlandIslands' || t === 'WholeCountryExceptAland') {
    return b.set(field, n.area('wholeCountryExceptAland'));
  }
  const parts: Required<n.AreaParts> = { m: [], r: [], w: [] };
  const dropped: string[] = [];
  const put = (type: string, code: string) => {
    if (type === 'Municipality') parts.m.push(code);
    else if (type === 'Region' || type === 'Province') parts.r.push(code);
    else if (type === 'WellbeingServiceCounties' || type === 'WellbeingServiceCounty') parts.w.push(code);
    else dropped.push(`${type}:${code}`);
  };
  for (const a of Array.isArray(body.areas) ? body.areas : []) {
    if (!n.isObj(a)) put(n.str(body.subAreaType), n.str(a));
    else if (Array.isArray(a.areaCodes)) for (const c of a.areaCodes) put(n.str(a.type), n.str(c));
    // OUT: PTV reads all municipalities back in one `{type: 'Municipality', code: null, municipalities}`
    // (`OpenApiServiceTranslator.cs:91-98` @ ptv-release-3_4).
    else if (a.code == null && Array.isArray(a.municipalities) && a.municipalities.length) {
      for (const m of a.municipalities) put(n.str(a.type), n.str(n.isObj(m) ? m.code : m));
    } else put(n.str(a.type ?? body.subAreaType), n.str(a.code));
  }
  b.set(field, n.area('limited', parts));
  // BusinessSubRegion and HospitalDistrict have no v12 list [SPEC by absence]: kept under their own key.
  if (dropped.length) b.set(`${field}.otherTypes`, n.sorted(dropped));
}

function names(b: StateBuilder, v: unknown, defaultType: string): void {
  const langs = new Set<string>();
  for (const i of n.list(v)) {
    const field = NAME_FIELD[n.str(i.type ?? defaultType)] ?? `name.${n.str(i.type)}`;
    b.set(field, n.text(i.value), langOf(i));
    if (field === 'name' && n.text(i.value) !== null) langs.add(langOf(i));
  }
  if (b.entity === 'service') b.set('contentLanguages', n.sorted(langs));
}

function descriptions(b: StateBuilder, v: unknown, table: Record<string, string>): void {
  for (const i of n.list(v)) {
    const t = n.str(i.type);
    b.set(table[t] ?? `text.${t}`, n.text(i.value), langOf(i));
  }
}

function displayNameType(b: StateBuilder, v: unknown): void {
  for (const i of n.list(v)) b.set('altNamePrimary', n.str(i.type) === 'AlternativeName', langOf(i));
}

function streetAddress(a: Obj): string {
  const s = n.isObj(a.streetAddress) ? a.streetAddress : a;
  const parts: string[] = [];
  for (const st of n.list(s.street)) parts.push(`street.${langOf(st)}=${n.text(st.value) ?? ''}`);
  parts.sort();
  parts.push(`no=${n.str(s.streetNumber)}`, `postal=${n.str(s.postalCode)}`);
  if (s.latitude !== undefined && s.latitude !== null)
    parts.push(`n=${n.str(s.latitude)}`, `e=${n.str(s.longitude)}`);
  return parts.join(';');
}

/** Canonical address strings, by v11 address `type` → neutral field. */
function addresses(b: StateBuilder, v: unknown, fieldOf: (type: string) => string): void {
  for (const a of n.list(v)) {
    const sub = n.str(a.subType);
    const value =
      sub === 'PostOfficeBox'
        ? `pobox;${n
            .list(a.postOfficeBoxAddress && (a.postOfficeBoxAddress as Obj).postOfficeBox)
            .map((x) => `${langOf(x)}=${n.text(x.value) ?? ''}`)
            .sort()
            .join(',')};postal=${n.str((a.postOfficeBoxAddress as Obj | undefined)?.postalCode)}`
        : sub === 'Abroad' || sub === 'Foreign'
          ? `foreign;${n
              .list(a.foreignAddress)
              .map((x) => `${langOf(x)}=${n.text(x.value) ?? ''}`)
              .sort()
              .join(',')}`
          : streetAddress(a);
    b.add(fieldOf(n.str(a.type)), value);
  }
}

function hours(v: unknown): string[] {
  return n.sorted(
    n.list(v).map((h) => {
      const type = n.str(h.serviceHourType);
      const dated = h.validFrom !== undefined && h.validFrom !== null;
      const variant =
        h.isAlwaysOpen === true
          ? 'continuousAlwaysValid'
          : type === 'Exceptional'
            ? 'exceptionalDateRange'
            : type === 'OverMidnight'
              ? dated
                ? 'continuousDateRange'
                : 'continuousWeekdays'
              : dated
                ? 'weeklyDateRange'
                : 'weeklyUntilFurtherNotice';
      const range = dated ? `${n.str(h.validFrom).slice(0, 10)}..${n.str(h.validTo).slice(0, 10)}` : '';
      const days = n
        .sorted(n.list(h.openingHour).map((o) => `${n.str(o.dayFrom)} ${n.time(o.from)}-${n.time(o.to)}`))
        .join(',');
      const status = h.isClosed === true ? 'closed' : h.isReservation === true ? 'reservation' : 'open';
      const info = n
        .sorted(n.list(h.additionalInformation).map((i) => `info.${langOf(i)}=${n.text(i.value) ?? ''}`))
        .join(',');
      return `${variant}|${range}|${days}|${status}|${info}`;
    }),
  );
}

function organizationFields(b: StateBuilder, body: Obj, ctx: NeutralContext): void {
  if (has(body, 'organizationType')) b.set('type', n.text(body.organizationType));
  if (has(body, 'businessCode')) b.set('businessId', n.text(body.businessCode));
  if (has(body, 'parentOrganizationId'))
    b.set('parent', body.parentOrganizationId ? ctx.roleOf(n.str(body.parentOrganizationId)) : null);
  if (has(body, 'organizationNames')) names(b, body.organizationNames, 'Name');
  if (has(body, 'displayNameType')) displayNameType(b, body.displayNameType);
  if (has(body, 'organizationDescriptions')) descriptions(b, body.organizationDescriptions, SERVICE_TEXT);
  area(b, body);
  // [SPEC] v12 gives a Municipality organisation exactly its one municipality as its area, whatever v11
  // stores as its areaType (PTV stores Nationwide when none is sent: OpenApiOrganizationBaseTranslator.cs:80-101).
  const municipality = n.isObj(body.municipality) ? body.municipality.code : body.municipality;
  if (body.organizationType === 'Municipality' && typeof municipality === 'string' && municipality)
    b.set('area', n.area('limited', { m: [municipality], r: [], w: [] }));
  for (const e of n.list(body.emails))
    b.add('emails', `${n.str(e.value)}|${n.text(e.description) ?? ''}`, langOf(e));
  for (const p of n.list(body.phoneNumbers)) b.add('phones', v11Phone(p), langOf(p));
  for (const w of n.list(body.webPages))
    b.add('webPages', `${n.str(w.url)}|${n.text(w.value) ?? ''}`, langOf(w));
  if (has(body, 'addresses')) addresses(b, body.addresses, (t) => (t === 'Postal' ? 'postal' : 'visiting'));
}

function serviceFields(b: StateBuilder, body: Obj, side: V11Side, ctx: NeutralContext): void {
  if (has(body, 'type')) b.set('type', n.token(SERVICE_TYPE, body.type));
  if (has(body, 'fundingType')) b.set('fundingType', n.text(body.fundingType));
  if (has(body, 'serviceChargeType')) b.set('chargeType', n.token(CHARGE, body.serviceChargeType));
  area(b, body);
  if (has(body, 'languages')) b.set('serviceLanguages', n.sorted((body.languages as unknown[]).map(n.str)));
  if (has(body, 'serviceNames')) names(b, body.serviceNames, 'Name');
  if (has(body, 'serviceDescriptions')) descriptions(b, body.serviceDescriptions, SERVICE_TEXT);
  for (const r of n.list(body.requirements)) b.set('conditions', n.text(r.value), langOf(r));
  for (const k of n.list(body.keywords)) b.add('keywords', n.text(k.value), langOf(k));
  for (const [field, prop] of [
    ['serviceClasses', 'serviceClasses'],
    ['targetGroups', 'targetGroups'],
    ['lifeEvents', 'lifeEvents'],
  ] as const) {
    if (Array.isArray(body[prop]))
      b.set(field, n.sorted((body[prop] as unknown[]).map(n.classificationCode)));
  }
  const uris = (v: unknown) => n.sorted((v as unknown[]).map((x) => (n.isObj(x) ? n.str(x.uri) : n.str(x))));
  if (Array.isArray(body.ontologyTerms)) b.set('ontologyTerms', uris(body.ontologyTerms));
  if (Array.isArray(body.industrialClasses)) b.set('industrialClasses', uris(body.industrialClasses));
  if (has(body, 'generalDescriptionId')) b.set('generalDescription', n.text(body.generalDescriptionId));
  if (side === 'in') {
    if (has(body, 'mainResponsibleOrganization'))
      b.set('organization', ctx.roleOf(n.str(body.mainResponsibleOrganization)));
    if (Array.isArray(body.otherResponsibleOrganizations)) {
      b.set(
        'otherResponsible',
        n.sorted((body.otherResponsibleOrganizations as unknown[]).map((id) => ctx.roleOf(n.str(id)))),
      );
    }
    if (has(body, 'serviceProducers')) {
      const producers: string[] = [];
      for (const p of n.list(body.serviceProducers)) {
        const kind = n.token(PROVISION, p.provisionType) ?? '';
        for (const id of Array.isArray(p.organizations) ? p.organizations : [])
          producers.push(`${kind}|${ctx.roleOf(n.str(id))}`);
        for (const i of n.list(p.additionalInformation))
          b.set('producers.otherName', n.text(i.value), langOf(i));
      }
      b.set('producers', n.sorted(producers));
    }
  } else if (has(body, 'organizations')) {
    const orgs = n.list(body.organizations);
    const idOf = (o: Obj) => (n.isObj(o.organization) ? ctx.roleOf(n.str(o.organization.id)) : '');
    const responsible = orgs.find((o) => o.roleType === 'Responsible');
    if (responsible) b.set('organization', idOf(responsible));
    const others = orgs.filter((o) => o.roleType === 'OtherResponsible').map(idOf);
    if (others.length) b.set('otherResponsible', n.sorted(others));
    const producers = orgs.filter((o) => o.roleType === 'Producer');
    b.set(
      'producers',
      n.sorted(
        producers
          .filter((o) => n.isObj(o.organization))
          .map((o) => `${n.token(PROVISION, o.provisionType) ?? ''}|${idOf(o)}`),
      ),
    );
    for (const p of producers)
      for (const i of n.list(p.additionalInformation))
        b.set('producers.otherName', n.text(i.value), langOf(i));
  }
}

function channelFields(
  b: StateBuilder,
  kind: ReadBackKind,
  body: Obj,
  side: V11Side,
  ctx: NeutralContext,
): void {
  b.set('type', CHANNEL_TYPE[kind] ?? kind);
  if (has(body, 'organizationId')) b.set('organization', ctx.roleOf(n.str(body.organizationId)));
  if (has(body, 'isVisibleForAll')) b.set('connectionScope', body.isVisibleForAll === true ? 'all' : 'own');
  if (has(body, 'languages')) b.set('serviceLanguages', n.sorted((body.languages as unknown[]).map(n.str)));
  area(b, body);
  if (has(body, 'serviceChannelNames')) names(b, body.serviceChannelNames, 'Name');
  if (has(body, 'displayNameType')) displayNameType(b, body.displayNameType);
  if (has(body, 'serviceChannelDescriptions')) descriptions(b, body.serviceChannelDescriptions, SERVICE_TEXT);
  const urlList = kind === 'servicelocation' ? undefined : (body.webPage ?? body.webPages);
  for (const w of n.list(urlList)) b.set('webAddress', n.text(w.url ?? w.value), langOf(w));
  for (const a of n.list(body.accessibilityClassification)) {
    const l = langOf(a);
    b.set('accessibility', n.text(a.accessibilityClassificationLevel), l);
    b.set('accessibility.wcag', n.text(a.wcagLevel), l);
    const url = n.text(a.accessibilityStatementWebPage);
    if (url)
      b.set('accessibility.statement', `${url}|${n.text(a.accessibilityStatementWebPageName) ?? ''}`, l);
  }
  if (has(body, 'requiresAuthentication'))
    b.set('identification', body.requiresAuthentication === true ? 'required' : 'notRequired');
  if (has(body, 'requiresSignature')) {
    b.set(
      'signature',
      body.requiresSignature === true ? `required:${n.str(body.signatureQuantity)}` : 'notRequired',
    );
  }
  for (const e of n.list(body.supportEmails)) b.add('supportEmails', n.text(e.value), langOf(e));
  for (const p of n.list(body.supportPhones)) b.add('supportPhones', v11Phone(p), langOf(p));
  for (const a of n.list(body.attachments)) {
    b.add('attachments', `${n.str(a.url)}|${n.text(a.name) ?? ''}|${n.text(a.description) ?? ''}`, langOf(a));
  }
  for (const f of n.list(body.formIdentifier)) b.set('formIdentifier', n.text(f.value), langOf(f));
  for (const u of n.list(body.channelUrls))
    b.add('formFiles', `${n.token(FORM_FILE, u.type) ?? ''}|${n.str(u.value ?? u.url)}`, langOf(u));
  if (has(body, 'serviceHours')) b.set('serviceHours', hours(body.serviceHours));
  if (kind === 'phone') {
    for (const p of n.list(body.phoneNumbers)) b.add('phones', v11Phone(p), langOf(p));
  }
  if (kind === 'servicelocation') {
    for (const p of n.list(body.phoneNumbers)) {
      const fax = n.str(p.type) === 'Fax';
      b.add(fax ? 'contactFaxes' : 'contactPhones', v11Phone(p), langOf(p));
    }
    // IN has a separate faxNumbers list; OUT returns faxes inside phoneNumbers typed Fax.
    if (side === 'in')
      for (const p of n.list(body.faxNumbers))
        b.add('contactFaxes', v11Phone({ ...p, type: 'Fax' }), langOf(p));
    for (const e of n.list(body.emails)) b.add('contactEmails', n.text(e.value), langOf(e));
    for (const w of n.list(body.webPages))
      b.add('contactWebPages', `${n.str(w.url)}|${n.text(w.value) ?? ''}`, langOf(w));
    if (has(body, 'addresses'))
      addresses(b, body.addresses, (t) => (t === 'Postal' ? 'contact' : 'location'));
  }
  if (has(body, 'deliveryAddresses')) addresses(b, body.deliveryAddresses, () => 'delivery');
}

function statusField(b: StateBuilder, body: Obj): void {
  if (has(body, 'publishingStatus')) b.set('status', n.v11Status(body.publishingStatus));
}

export function entityOfKind(kind: ReadBackKind): 'organization' | 'service' | 'channel' {
  return kind === 'organization' || kind === 'service' ? kind : 'channel';
}

/** One v11 body (IN or OUT, possibly partial) → neutral state. */
export function neutralFromV11(
  kind: ReadBackKind,
  body: unknown,
  side: V11Side,
  ctx: NeutralContext,
): NeutralState {
  const obj = n.isObj(body) ? body : {};
  const b = new StateBuilder(entityOfKind(kind));
  if (kind === 'organization') organizationFields(b, obj, ctx);
  else if (kind === 'service') serviceFields(b, obj, side, ctx);
  else channelFields(b, kind, obj, side, ctx);
  statusField(b, obj);
  return b.done();
}

export { StateBuilder, addresses as v11Addresses, hours as v11Hours };
