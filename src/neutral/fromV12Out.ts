import * as n from './canon.js';
import { connectionEntity, NEUTRAL_LANGS, type NeutralState } from './keys.js';
import { StateBuilder, type NeutralContext } from './neutralFromV11.js';

/**
 * A v12 response body (`GET /api/v12/service/{id}`, `/service-channel/{id}`, `/organization/{id}`,
 * `/connection/{s}/{c}`) → neutral state, by the tables of v12-migration.md §4.4. A 200 body means
 * `status = published` (v12 has no publishing status; archived items answer 404). v12-only fields
 * (`publishedAt`, `addressSource`, `webAddress.name`, `formFiles[].name` …) are ignored.
 */
type Obj = Record<string, unknown>;

const SERVICE_TYPE = {
  Service: 'service',
  PermitOrOtherObligation: 'permitOrObligation',
  ProfessionalQualification: 'professionalQualification',
};
const CHARGE = { Charged: 'charged', Free: 'free', Other: 'other' };
const CHANNEL_TYPE = {
  EService: 'eService',
  TelephoneService: 'telephone',
  WebPage: 'webPage',
  PrintableForm: 'printableForm',
  ServiceLocation: 'serviceLocation',
};
const SCOPE = { AllOrganizations: 'all', OwnOrganizations: 'own' };
const IDENT = { Required: 'required', NotRequired: 'notRequired' };
const PHONE_KIND: Record<string, n.PhoneKind> = {
  DomesticPhone: 'domestic',
  InternationalPhone: 'intl',
  Sms: 'sms',
  Fax: 'fax',
};
const SERVICE_TEXT: [string, string][] = [
  ['alternativeName', 'alternativeName'],
  ['summary', 'summary'],
  ['description', 'description'],
  ['userInstructions', 'userInstructions'],
  ['conditions', 'conditions'],
  ['chargeTypeAdditionalInformation', 'chargeInfo'],
  ['deadlineAdditionalInformation', 'deadline'],
  ['processingTimeAdditionalInformation', 'processingTime'],
  ['validityTimeAdditionalInformation', 'validityTime'],
];

export function v12Phone(p: Obj): string {
  return n.phone({
    kind: PHONE_KIND[n.str(p.type)] ?? 'intl',
    dial: p.dialCode,
    number: p.number,
    charge: p.chargeType,
    chargeDescription: p.chargeDescription,
    additionalInformation: p.additionalInformation,
  });
}

function langVersions(body: Obj): [string, Obj][] {
  const lv = n.isObj(body.languageVersions) ? body.languageVersions : {};
  return NEUTRAL_LANGS.flatMap((l) => (n.isObj(lv[l]) ? [[l, lv[l] as Obj] as [string, Obj]] : []));
}

function area(b: StateBuilder, v: unknown): void {
  if (v === undefined) return;
  if (!n.isObj(v)) return b.set('area', v === null ? 'none' : n.str(v));
  const t = n.str(v.areaType);
  if (t === 'WholeCountry') return b.set('area', n.area('wholeCountry'));
  if (t === 'WholeCountryExceptAland') return b.set('area', n.area('wholeCountryExceptAland'));
  const codes = (x: unknown) => (Array.isArray(x) ? x.map(n.str) : []);
  b.set(
    'area',
    n.area('limited', {
      m: codes(v.municipalities),
      r: codes(v.regions),
      w: codes(v.wellbeingServicesCounties),
    }),
  );
}

function langText(v: unknown): string | null {
  return n.isObj(v) ? null : n.text(v);
}

/** LANG6 objects `{fi, sv, …}` as `l=value` parts, sorted. */
function lang6(v: unknown): string {
  if (!n.isObj(v)) return '';
  return NEUTRAL_LANGS.filter((l) => n.text(v[l]) !== null)
    .map((l) => `${l}=${n.text(v[l])}`)
    .join(',');
}

function streetAddress(a: Obj): string {
  const parts: string[] = [];
  const street = n.isObj(a.streetName) ? a.streetName : {};
  for (const l of NEUTRAL_LANGS)
    if (n.text(street[l]) !== null) parts.push(`street.${l}=${n.text(street[l])}`);
  parts.sort();
  parts.push(`no=${n.str(a.addressDetail)}`, `postal=${n.str(a.postalCode)}`);
  const c =
    n.list(a.coordinates).find((x) => n.str(x.source) !== 'NLS') ??
    (n.isObj(a.coordinates) ? a.coordinates : undefined);
  if (c) parts.push(`n=${n.str(c.northing)}`, `e=${n.str(c.easting)}`);
  return parts.join(';');
}

function addressContainer(b: StateBuilder, field: string, v: unknown): void {
  if (!n.isObj(v)) return;
  for (const a of n.list(v.streetAddresses)) b.add(field, streetAddress(a));
  for (const a of n.list(v.postOfficeBoxAddresses))
    b.add(field, `pobox;${lang6(a.postOfficeBox)};postal=${n.str(a.postalCode)}`);
  for (const a of n.list(v.foreignAddresses)) b.add(field, `foreign;${lang6(a.address)}`);
}

/** The hours rule's canonical form (§4.4): `<variant>|<from..to>|<day HH:mm-HH:mm,…>|<status>|info.<l>=…`. */
function hours(v: unknown): string[] {
  const entries = n.isObj(v) ? n.list(v.hours) : n.list(v);
  const VARIANT: Record<string, string> = {
    WeeklyUntilFurtherNoticeServiceHour: 'weeklyUntilFurtherNotice',
    WeeklyDateRangeServiceHour: 'weeklyDateRange',
    ContinuousAlwaysValidServiceHour: 'continuousAlwaysValid',
    ContinuousDateRangeServiceHour: 'continuousDateRange',
    ContinuousWeekdaysUntilFurtherNoticeServiceHour: 'continuousWeekdays',
    ExceptionalDateRangeServiceHour: 'exceptionalDateRange',
  };
  const STATUS: Record<string, string> = { Open: 'open', OpenOnReservation: 'reservation', Closed: 'closed' };
  return n.sorted(
    entries.map((h) => {
      const variant = VARIANT[n.str(h.type)] ?? n.str(h.type);
      const range = h.fromDate ? `${n.str(h.fromDate).slice(0, 10)}..${n.str(h.toDate).slice(0, 10)}` : '';
      const days: string[] = [];
      const statuses = new Set<string>();
      if (h.openingStatus) statuses.add(STATUS[n.str(h.openingStatus)] ?? n.str(h.openingStatus));
      const week = n.isObj(h.weeklyHours) ? h.weeklyHours : {};
      for (const [day, d] of Object.entries(week)) {
        for (const x of n.isObj(d) ? n.list(d.hours) : []) {
          days.push(`${day.charAt(0).toUpperCase()}${day.slice(1)} ${n.time(x.start)}-${n.time(x.end)}`);
          statuses.add(STATUS[n.str(x.openingStatus)] ?? n.str(x.openingStatus));
        }
      }
      const status =
        statuses.size === 1 ? [...statuses][0]! : statuses.size === 0 ? 'open' : n.sorted(statuses).join('+');
      const info = n.isObj(h.additionalInformation)
        ? NEUTRAL_LANGS.filter((l) => n.text((h.additionalInformation as Obj)[l]) !== null).map(
            (l) => `info.${l}=${n.text((h.additionalInformation as Obj)[l])}`,
          )
        : [];
      return `${variant}|${range}|${n.sorted(days).join(',')}|${status}|${n.sorted(info).join(',')}`;
    }),
  );
}

function service(b: StateBuilder, body: Obj, ctx: NeutralContext): void {
  b.set('type', n.token(SERVICE_TYPE, body.serviceType));
  if (body.organizationContentId) b.set('organization', ctx.roleOf(n.str(body.organizationContentId)));
  if (Array.isArray(body.otherResponsibleOrganizations) && body.otherResponsibleOrganizations.length) {
    b.set(
      'otherResponsible',
      n.sorted(body.otherResponsibleOrganizations.map((id) => ctx.roleOf(n.str(id)))),
    );
  }
  if (n.isObj(body.producers)) {
    const producers: string[] = [];
    for (const [prop, kind] of [
      ['selfProducedProducers', 'self'],
      ['procuredProducers', 'procured'],
      ['otherProducers', 'other'],
    ] as const) {
      const p = body.producers[prop];
      if (!n.isObj(p)) continue;
      for (const id of Array.isArray(p.organizations) ? p.organizations : [])
        producers.push(`${kind}|${ctx.roleOf(n.str(id))}`);
      for (const o of n.list(p.other))
        for (const l of NEUTRAL_LANGS)
          if (n.isObj(o.name)) b.set('producers.otherName', n.text(o.name[l]), l);
    }
    b.set('producers', n.sorted(producers));
  }
  if (body.fundingType !== undefined) b.set('fundingType', n.text(body.fundingType));
  if (body.chargeType !== undefined) b.set('chargeType', n.token(CHARGE, body.chargeType));
  area(b, body.area);
  if (Array.isArray(body.serviceLanguages))
    b.set('serviceLanguages', n.sorted(body.serviceLanguages.map(n.str)));
  const contentLangs: string[] = [];
  for (const [l, v] of langVersions(body)) {
    const name = langText(v.name);
    b.set('name', name, l);
    if (name !== null) contentLangs.push(l);
    for (const [prop, field] of SERVICE_TEXT) b.set(field, langText(v[prop]), l);
    for (const k of Array.isArray(v.freelyAssignedKeywords) ? v.freelyAssignedKeywords : [])
      b.add('keywords', n.text(k), l);
    for (const x of n.list(v.legislationLinks)) b.add('laws', `${n.str(x.url)}|${n.text(x.name) ?? ''}`, l);
    if (n.isObj(v.voucher)) {
      const t = n.str(v.voucher.voucherType);
      if (t === 'NotUsed') b.set('voucher', 'notUsed', l);
      else if (t === 'WithAdditionalInformation')
        b.set('voucher', `info:${n.text(v.voucher.additionalInformation) ?? ''}`, l);
      else if (t === 'WithUrl') {
        const urls = n
          .list(v.voucher.urls)
          .map((u) => `${n.str(u.url)}|${n.text(u.name) ?? ''}|${n.text(u.additionalInformation) ?? ''}`);
        b.set('voucher', `urls:${n.sorted(urls).join(',')}`, l);
      }
    }
  }
  b.set('contentLanguages', n.sorted(contentLangs));
  for (const prop of ['serviceClasses', 'targetGroups', 'lifeEvents'] as const) {
    if (Array.isArray(body[prop])) b.set(prop, n.sorted((body[prop] as unknown[]).map(n.classificationCode)));
  }
  if (Array.isArray(body.ontologyTerms)) b.set('ontologyTerms', n.sorted(body.ontologyTerms.map(n.str)));
  if (Array.isArray(body.industrialClasses))
    b.set('industrialClasses', n.sorted(body.industrialClasses.map(n.str)));
  if (body.generalDescriptionContentId) b.set('generalDescription', n.text(body.generalDescriptionContentId));
}

function channel(b: StateBuilder, body: Obj, ctx: NeutralContext): void {
  const type = n.str(body.serviceChannelType);
  b.set('type', n.token(CHANNEL_TYPE, type));
  if (body.organizationContentId) b.set('organization', ctx.roleOf(n.str(body.organizationContentId)));
  b.set('connectionScope', n.token(SCOPE, body.allowedConnectionType));
  if (Array.isArray(body.serviceLanguages))
    b.set('serviceLanguages', n.sorted(body.serviceLanguages.map(n.str)));
  area(b, body.area);
  if (body.electronicIdentification !== undefined)
    b.set('identification', n.token(IDENT, body.electronicIdentification));
  if (n.isObj(body.electronicSignature)) {
    const s = body.electronicSignature;
    b.set(
      'signature',
      n.str(s.type) === 'Required' ? `required:${n.str(s.numberOfRequiredSignatures)}` : 'notRequired',
    );
  }
  if (body.serviceHours !== undefined && body.serviceHours !== null)
    b.set('serviceHours', hours(body.serviceHours));
  for (const [l, v] of langVersions(body)) {
    b.set('name', langText(v.name), l);
    b.set('alternativeName', langText(v.alternativeName), l);
    if (typeof v.isAlternativeNamePrimary === 'boolean')
      b.set('altNamePrimary', v.isAlternativeNamePrimary, l);
    b.set('summary', langText(v.summary), l);
    b.set('description', langText(v.description), l);
    if (n.isObj(v.webAddress)) b.set('webAddress', n.text(v.webAddress.url), l);
    b.set('accessibility', n.text(v.accessibilityClassificationLevel), l);
    for (const e of n.list(v.supportEmails)) b.add('supportEmails', n.text(e.email), l);
    for (const p of n.list(v.supportPhoneNumbers)) b.add('supportPhones', v12Phone(p), l);
    for (const p of n.list(v.phoneNumbers)) b.add('phones', v12Phone(p), l);
    for (const a of n.list(v.attachmentLinks)) {
      b.add(
        'attachments',
        `${n.str(a.url)}|${n.text(a.name) ?? ''}|${n.text(a.additionalInformation) ?? ''}`,
        l,
      );
    }
    b.set('formIdentifier', langText(v.formIdentifier), l);
    for (const f of n.list(v.formFiles))
      b.add('formFiles', `${n.str(f.type).toLowerCase()}|${n.str(f.url)}`, l);
    for (const p of n.list(v.contactPhoneNumbers)) b.add('contactPhones', v12Phone(p), l);
    for (const p of n.list(v.contactFaxNumbers)) b.add('contactFaxes', v12Phone(p), l);
    for (const e of n.list(v.contactEmails)) b.add('contactEmails', n.text(e.email), l);
    for (const w of n.list(v.contactWebPages))
      b.add('contactWebPages', `${n.str(w.url)}|${n.text(w.name) ?? ''}`, l);
  }
  addressContainer(b, 'location', body.location);
  addressContainer(b, 'contact', body.contactAddresses);
  for (const d of n.list(body.deliveryAddresses)) {
    b.add(
      'delivery',
      d.deliveryAddressType === 'PostOfficeBox'
        ? `pobox;${lang6(d.postOfficeBox)};postal=${n.str(d.postalCode)}`
        : streetAddress(d),
    );
  }
}

function organization(b: StateBuilder, body: Obj, ctx: NeutralContext): void {
  b.set('type', n.text(body.organizationType));
  b.set('businessId', n.text(body.businessId));
  if (body.parentOrganizationContentId !== undefined) {
    b.set(
      'parent',
      body.parentOrganizationContentId ? ctx.roleOf(n.str(body.parentOrganizationContentId)) : null,
    );
  }
  area(b, body.area);
  for (const [l, v] of langVersions(body)) {
    b.set('name', langText(v.name), l);
    b.set('alternativeName', langText(v.alternativeName), l);
    if (typeof v.isAlternativeNamePrimary === 'boolean')
      b.set('altNamePrimary', v.isAlternativeNamePrimary, l);
    b.set('summary', langText(v.summary), l);
    b.set('description', langText(v.description), l);
    for (const e of n.list(v.contactEmails))
      b.add('emails', `${n.str(e.email)}|${n.text(e.additionalInformation) ?? ''}`, l);
    for (const p of n.list(v.contactPhoneNumbers)) b.add('phones', v12Phone(p), l);
    for (const w of n.list(v.contactWebPages))
      b.add('webPages', `${n.str(w.url)}|${n.text(w.name) ?? ''}`, l);
  }
  addressContainer(b, 'visiting', body.location);
  addressContainer(b, 'postal', body.contactAddresses);
}

function connection(b: StateBuilder, body: Obj): void {
  b.set('exists', true);
  if (body.chargeType !== undefined) b.set('chargeType', n.token(CHARGE, body.chargeType));
  if (body.serviceHours !== undefined && body.serviceHours !== null)
    b.set('serviceHours', hours(body.serviceHours));
  for (const [l, v] of langVersions(body)) {
    b.set('description', langText(v.description), l);
    b.set('chargeInfo', langText(v.chargeTypeAdditionalInformation), l);
    for (const e of n.list(v.contactEmails)) b.add('contactEmails', n.text(e.email), l);
    for (const p of n.list(v.contactPhoneNumbers)) b.add('contactPhones', v12Phone(p), l);
    for (const p of n.list(v.contactFaxNumbers)) b.add('contactFaxes', v12Phone(p), l);
    for (const w of n.list(v.contactWebPages))
      b.add('contactWebPages', `${n.str(w.url)}|${n.text(w.name) ?? ''}`, l);
  }
  addressContainer(b, 'contactAddresses', body.contactAddresses);
}

export type V12EntityKind = 'service' | 'channel' | 'organization' | 'connection';

/** Which entity a v12 body is, from its discriminator. */
export function v12KindOf(body: Obj): V12EntityKind | undefined {
  if (body.serviceContentId !== undefined && body.channelContentId !== undefined) return 'connection';
  if (body.serviceChannelType !== undefined) return 'channel';
  if (body.organizationType !== undefined) return 'organization';
  if (body.serviceType !== undefined) return 'service';
  return undefined;
}

/** A v12 response body → neutral state; `published` status because a body was returned. */
export function fromV12Out(body: unknown, ctx: NeutralContext): NeutralState {
  const obj = n.isObj(body) ? body : {};
  const kind = v12KindOf(obj);
  if (kind === 'connection') {
    const b = new StateBuilder(
      connectionEntity(ctx.roleOf(n.str(obj.serviceContentId)), ctx.roleOf(n.str(obj.channelContentId))),
    );
    connection(b, obj);
    return b.done();
  }
  const b = new StateBuilder(kind ?? 'unknown');
  if (kind === 'service') service(b, obj, ctx);
  else if (kind === 'channel') channel(b, obj, ctx);
  else if (kind === 'organization') organization(b, obj, ctx);
  if (kind) b.set('status', 'published');
  return b.done();
}

export { hours as v12Hours };
