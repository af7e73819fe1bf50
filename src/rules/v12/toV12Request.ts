/**
 * v11 IN body → v12 write request (v12-migration.md §4.4 read backwards, §4.8), kept apart from
 * src/neutral on purpose: two independent readings of one table are what catch a misreading. Every
 * v11 field the v12 request cannot carry becomes one `v12.dropped` finding with the reason.
 * First version: service bodies. Correspondences marked [INF] in §4.4 are inferred.
 */
import type { Finding } from '../../core/finding.js';
import { PtvrError } from '../../core/errors.js';
import type { V12Kind } from './v12Kinds.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

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
const AREA_TYPE: Record<string, string> = {
  Nationwide: 'WholeCountry',
  NationwideExceptAlandIslands: 'WholeCountryExceptAland',
  LimitedType: 'LimitedArea',
};
const AREA_LIST: Record<string, string> = {
  Municipality: 'municipalities',
  Region: 'regions',
  WellbeingServiceCounties: 'wellbeingServicesCounties',
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
  const dropped: Finding[] = [];
  const drop = (path: string, reason: string, actual?: unknown) =>
    dropped.push({
      path,
      rule: 'v12.dropped',
      message: `v12 cannot carry this: ${reason}`,
      severity: 'warning',
      ...(actual === undefined ? {} : { actual }),
    });
  for (const k of Object.keys(v11)) {
    if (SERVICE_FIELDS.has(k)) continue;
    if (k === 'publishingStatus')
      drop(`/${k}`, 'v12 requests have no publishing status [SPEC by absence]', v11[k]);
    else drop(`/${k}`, 'the v12 service request has no such field [SPEC by absence]', v11[k]);
  }
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

  let area: Obj | undefined;
  const areaType = AREA_TYPE[str(v11.areaType) ?? ''];
  if (areaType === 'LimitedArea') {
    area = { areaType, municipalities: [], regions: [], wellbeingServicesCounties: [] };
    arr(v11.areas).forEach((a, i) => {
      const list = AREA_LIST[str(a.type) ?? ''];
      if (list) (area![list] as unknown[]).push(...(Array.isArray(a.areaCodes) ? a.areaCodes : []));
      else
        drop(
          `/areas/${i}`,
          `a v12 area has no ${String(a.type)} list (PTV may expand it into municipalities; unknown)`,
          a,
        );
    });
  } else if (areaType) area = { areaType };
  else if (v11.areaType !== undefined)
    drop('/areaType', `no v12 area type for '${String(v11.areaType)}'`, v11.areaType);

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
  return { kind: 'service', body: JSON.parse(JSON.stringify(body)) as Obj, dropped };
}

/** Translates one v11 body of `kind` into the v12 request the same write would send. */
export function toV12Request(
  kind: string,
  v11: unknown,
  opts: { externalId?: boolean } = {},
): V12Translation {
  if (!isObj(v11)) throw new PtvrError('PTVR_USAGE', '--to-v12 needs a JSON object body');
  if (kind === 'service') return serviceToV12(v11, opts.externalId ?? false);
  throw new PtvrError('PTVR_USAGE', `--to-v12 translates service bodies so far, not ${kind}`, {
    hint: 'validate the v12 request itself with --api v12 --kind …',
  });
}
