/**
 * v11 IN body → v12 write request (v12-migration.md §4.4 read backwards, §4.8), kept apart from
 * src/neutral on purpose: two independent readings of one table are what catch a misreading. Every
 * v11 field the v12 request cannot carry becomes one `v12.dropped` finding with the reason.
 * Services here; channels, organisations and connections in their own modules. Correspondences
 * marked [INF] in §4.4 are inferred.
 */
import type { Finding } from '../../core/finding.js';
import { PtvrError } from '../../core/errors.js';
import { isV12Kind, V12_KINDS, type V12Kind } from './v12Kinds.js';
import { areaOf, arr, clean, Drops, isObj, str, type Obj } from './toV12Common.js';
import { channelToV12 } from './toV12Channel.js';
import { connectionToV12, organizationToV12 } from './toV12Organization.js';

export interface V12Translation {
  kind: V12Kind;
  body: Obj;
  /** One finding per v11 field the v12 request cannot carry. */
  dropped: Finding[];
}

const SERVICE_TYPE: Record<string, string> = {
  Service: 'Service',
  PermitOrObligation: 'PermitOrOtherObligation',
  ProfessionalQualification: 'ProfessionalQualification',
};
const TIMED: Record<string, string> = {
  DeadLine: 'deadlineAdditionalInformation',
  ProcessingTime: 'processingTimeAdditionalInformation',
  ValidityTime: 'validityTimeAdditionalInformation',
};
const DESCRIPTION: Record<string, string> = {
  Summary: 'summary',
  Description: 'description',
  UserInstruction: 'userInstructions',
  ChargeTypeAdditionalInfo: 'chargeTypeAdditionalInformation',
};
const PROVISION: Record<string, string> = {
  SelfProducedServices: 'selfProducedProducers',
  ProcuredServices: 'procuredProducers',
  PurchaseServices: 'procuredProducers',
  Other: 'otherProducers',
};

/** `…/ptvserclass2/code/P25.1` → `P25.1`; a bare code stays as it is. */
const code = (uri: unknown) => String(uri).replace(/^.*\/code\//, '');

/** Fields the translation reads; anything else in the body is reported as dropped. */
const SERVICE_FIELDS = new Set([
  'type',
  'mainResponsibleOrganization',
  'otherResponsibleOrganizations',
  'serviceProducers',
  'fundingType',
  'serviceChargeType',
  'areaType',
  'areas',
  'languages',
  'serviceNames',
  'serviceDescriptions',
  'requirements',
  'keywords',
  'legislation',
  'serviceVouchersInUse',
  'serviceVouchers',
  'serviceClasses',
  'targetGroups',
  'lifeEvents',
  'ontologyTerms',
  'industrialClasses',
  'generalDescriptionId',
  'sourceId',
]);

function serviceToV12(v11: Obj, externalId: boolean): V12Translation {
  const d = new Drops();
  const drop = d.drop.bind(d);
  d.unknownKeys(v11, SERVICE_FIELDS, 'service');
  const serviceType = SERVICE_TYPE[str(v11.type) ?? ''] ?? v11.type;
  const timed = serviceType !== 'Service';
  const versions: Record<string, Obj> = {};
  const lv = (lang: string): Obj =>
    (versions[lang] ??= {
      name: undefined,
      alternativeName: null,
      summary: undefined,
      description: null,
      userInstructions: null,
      conditions: null,
      legislationLinks: [],
      freelyAssignedKeywords: [],
      voucher: { voucherType: 'NotUsed' },
      chargeTypeAdditionalInformation: null,
      ...(timed
        ? {
            processingTimeAdditionalInformation: null,
            deadlineAdditionalInformation: null,
            validityTimeAdditionalInformation: null,
          }
        : {}),
    });

  arr(v11.serviceNames).forEach((n, i) => {
    const lang = str(n.language) ?? '';
    if (n.type === 'Name') lv(lang).name = n.value;
    else if (n.type === 'AlternativeName') lv(lang).alternativeName = n.value;
    else drop(`/serviceNames/${i}`, `no v12 name of type '${String(n.type)}'`, n.value);
  });
  arr(v11.serviceDescriptions).forEach((d, i) => {
    const lang = str(d.language) ?? '';
    const type = str(d.type) ?? '';
    const key = DESCRIPTION[type] ?? (timed ? TIMED[type] : undefined);
    if (key) lv(lang)[key] = d.value;
    else if (TIMED[type])
      drop(
        `/serviceDescriptions/${i}`,
        `${type} exists in v12 only for permits and professional qualifications`,
        d.value,
      );
    else drop(`/serviceDescriptions/${i}`, `no v12 description of type '${type}' [SPEC by absence]`, d.value);
  });
  arr(v11.requirements).forEach((r) => (lv(str(r.language) ?? '').conditions = r.value)); // [INF] requirements ↔ conditions
  arr(v11.keywords).forEach((k) =>
    (lv(str(k.language) ?? '').freelyAssignedKeywords as unknown[]).push(k.value),
  );
  arr(v11.legislation).forEach((law, i) => {
    const names = arr(law.names);
    for (const page of arr(law.webPages)) {
      const lang = str(page.language) ?? '';
      const name = names.find((n) => n.language === lang)?.value ?? page.value;
      (lv(lang).legislationLinks as unknown[]).push({ url: page.url, name });
    }
    if (arr(law.webPages).length === 0) drop(`/legislation/${i}`, 'a v12 legislation link needs a URL', law);
  });
  if (v11.serviceVouchersInUse === true) {
    const byLang = new Map<string, Obj[]>();
    for (const v of arr(v11.serviceVouchers))
      byLang.set(str(v.language) ?? '', [...(byLang.get(str(v.language) ?? '') ?? []), v]);
    for (const [lang, vs] of byLang) {
      const withUrl = vs.filter((v) => v.url !== undefined && v.url !== null);
      lv(lang).voucher = withUrl.length
        ? {
            voucherType: 'WithUrl',
            urls: withUrl.map((v) => ({
              name: v.value,
              url: v.url,
              additionalInformation: v.additionalInformation ?? null,
            })),
          }
        : {
            voucherType: 'WithAdditionalInformation',
            additionalInformation: vs[0]?.additionalInformation ?? vs[0]?.value ?? null,
          };
    }
  }

  const producers: Obj = {
    selfProducedProducers: { organizations: [] },
    procuredProducers: { organizations: [], other: [] },
    otherProducers: { organizations: [], other: [] },
  };
  arr(v11.serviceProducers).forEach((p, i) => {
    const key = PROVISION[str(p.provisionType) ?? ''];
    if (!key) return drop(`/serviceProducers/${i}`, `unknown provision type '${String(p.provisionType)}'`, p);
    const target = producers[key] as { organizations: unknown[]; other?: unknown[] };
    target.organizations.push(...(Array.isArray(p.organizations) ? p.organizations : []));
    const info = arr(p.additionalInformation);
    if (!info.length) return;
    // [INF] a named producer outside PTV: v11 additionalInformation ↔ v12 other[].name.
    if (target.other) target.other.push({ name: Object.fromEntries(info.map((a) => [a.language, a.value])) });
    else
      drop(`/serviceProducers/${i}/additionalInformation`, 'a self-produced producer has no v12 text', info);
  });

  const area = areaOf(v11, d);

  let chargeType: unknown = null;
  if (v11.serviceChargeType === 'Chargeable') chargeType = 'Charged';
  else if (v11.serviceChargeType === 'FreeOfCharge') chargeType = 'Free';
  else if (v11.serviceChargeType !== undefined)
    drop('/serviceChargeType', `a v12 service charge type is Free or Charged only`, v11.serviceChargeType);

  if (v11.sourceId !== undefined && !externalId)
    drop(
      '/sourceId',
      'only the external-id request carries it (as externalId; use --external-id)',
      v11.sourceId,
    );

  const codes = (v: unknown) => (Array.isArray(v) ? v.map(code) : []);
  const body: Obj = {
    organizationContentId: v11.mainResponsibleOrganization,
    targetGroups: codes(v11.targetGroups),
    industrialClasses: Array.isArray(v11.industrialClasses) ? v11.industrialClasses : [],
    lifeEvents: codes(v11.lifeEvents),
    ontologyTerms: Array.isArray(v11.ontologyTerms) ? v11.ontologyTerms : [],
    serviceClasses: codes(v11.serviceClasses),
    otherResponsibleOrganizations: Array.isArray(v11.otherResponsibleOrganizations)
      ? v11.otherResponsibleOrganizations
      : [],
    producers,
    area,
    chargeType,
    fundingType: v11.fundingType,
    serviceLanguages: v11.languages,
    generalDescriptionContentId: v11.generalDescriptionId ?? null,
    serviceType,
    languageVersions: versions,
    ...(externalId ? { externalId: v11.sourceId } : {}),
  };
  // Keys left undefined are absent in the request, so the v12 validation names them.
  return { kind: 'service', body: clean(body), dropped: d.list };
}

/**
 * Translates one v11 IN body of `kind` into the v12 request the same write would send. A PUT takes
 * the same body as a POST (v12 PUT is a full replace [INF]); only POSTs of services and organisations
 * have an external-id variant, so `externalId` is ignored for the rest.
 */
export function toV12Request(
  kind: V12Kind | string,
  v11: unknown,
  opts: { op?: 'post' | 'put'; externalId?: boolean } = {},
): V12Translation {
  if (!isObj(v11)) throw new PtvrError('PTVR_USAGE', '--to-v12 needs a JSON object body');
  if (!isV12Kind(kind))
    throw new PtvrError('PTVR_USAGE', `--to-v12 does not know the kind '${kind}'`, {
      hint: `one of ${V12_KINDS.join(', ')}`,
    });
  const externalId = (opts.externalId ?? false) && opts.op !== 'put';
  switch (kind) {
    case 'service':
      return serviceToV12(v11, externalId);
    case 'connection':
      if (Array.isArray(v11.channelRelations))
        throw new PtvrError(
          'PTVR_USAGE',
          '--to-v12 translates POST /Connection items, not a connection PUT',
          {
            hint: 'v12 connects one pair per ConnectionRequest: translate each channelRelations item with its serviceId',
          },
        );
      return connectionToV12(v11);
    case 'main-organization':
    case 'sub-organization':
      return organizationToV12(kind, v11, externalId);
    default:
      return channelToV12(kind, v11);
  }
}

const FROM_V11_KIND: Readonly<Record<string, V12Kind>> = {
  service: 'service',
  echannel: 'eservice-channel',
  phone: 'telephone-channel',
  webpage: 'webpage-channel',
  printableform: 'printableform-channel',
  servicelocation: 'servicelocation-channel',
  connections: 'connection',
  connection: 'connection',
};

/**
 * The v12 request kind a v11 entity kind (or a v12 kind) becomes; an organisation is a sub-organisation
 * when it names a parent. Undefined for kinds v12 has no request for (service collections).
 */
export function v12KindOf(kind: string, v11: unknown): V12Kind | undefined {
  if (isV12Kind(kind)) return kind;
  if (kind === 'organization')
    return isObj(v11) && v11.parentOrganizationId !== undefined ? 'sub-organization' : 'main-organization';
  return FROM_V11_KIND[kind];
}
