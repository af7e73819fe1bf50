import type { EntityRecord, StoredData } from '../../store/simState.js';
import {
  arr,
  areaOf,
  codeOf,
  languageVersionsOf,
  localized,
  strs,
  textOf,
  valuesOf,
  type Json,
} from './common.js';

const SERVICE_TYPE: Record<string, string> = {
  Service: 'Service',
  PermitOrObligation: 'PermitOrOtherObligation',
  ProfessionalQualification: 'ProfessionalQualification',
};
const CHARGE: Record<string, string> = { Chargeable: 'Charged', FreeOfCharge: 'Free' };

/** `serviceProducers[{provisionType, organizations, additionalInformation}]` → `ProducersResponse` [INF]. */
function producersOf(d: StoredData): Json {
  const self: string[] = [];
  const procured: string[] = [];
  const other: string[] = [];
  const otherNames: Json[] = [];
  for (const p of arr(d.serviceProducers)) {
    const orgs = strs(p.organizations);
    if (p.provisionType === 'SelfProducedServices') self.push(...orgs);
    else if (p.provisionType === 'ProcuredServices') procured.push(...orgs);
    else {
      other.push(...orgs);
      const name = localized(p.additionalInformation);
      if (Object.keys(name).length > 0) otherNames.push({ name });
    }
  }
  return {
    selfProducedProducers: { organizations: self },
    procuredProducers: { organizations: procured, other: [] },
    otherProducers: { organizations: other, other: otherNames },
  };
}

/** `serviceVouchersInUse` + `serviceVouchers[]` → the v12 voucher of one language [INF]. */
function voucherOf(d: StoredData, lang: string): Json {
  if (d.serviceVouchersInUse !== true) return { voucherType: 'NotUsed' };
  const mine = arr(d.serviceVouchers).filter((v) => v.language === lang);
  const withUrl = mine.filter((v) => typeof v.url === 'string' && v.url !== '');
  if (withUrl.length > 0) {
    return {
      voucherType: 'WithUrl',
      urls: withUrl.map((v) => ({
        name: typeof v.value === 'string' ? v.value : '',
        url: v.url,
        additionalInformation: typeof v.additionalInformation === 'string' ? v.additionalInformation : null,
      })),
    };
  }
  const info = mine.map((v) => v.value ?? v.additionalInformation).find((x) => typeof x === 'string');
  return {
    voucherType: 'WithAdditionalInformation',
    additionalInformation: (info as string | undefined) ?? null,
  };
}

/** v11 `legislation[{names, webPages}]` → `legislationLinks[{url, name}]` of one language [INF]. */
function lawsOf(d: StoredData, lang: string): Json[] {
  const out: Json[] = [];
  for (const law of arr(d.legislation)) {
    const name = textOf(law.names, lang);
    const page = arr(law.webPages).find((w) => w.language === lang);
    if (name === null && !page) continue;
    out.push({ url: String(page?.url ?? ''), name: name ?? String(page?.value ?? '') });
  }
  return out;
}

/** Stored v11 service → `ServiceResponse` [SPEC], one discriminated variant per service type. */
export function serviceV12(rec: EntityRecord, d: StoredData, publishedAt: string): Json {
  const serviceType = SERVICE_TYPE[String(d.type)] ?? 'Service';
  const extra = serviceType !== 'Service';
  const desc = d.serviceDescriptions;
  const languageVersions: Record<string, Json> = {};
  for (const l of languageVersionsOf(d.serviceNames)) {
    const requirements = valuesOf(d.requirements, l);
    languageVersions[l] = {
      name: textOf(d.serviceNames, l, 'Name') ?? '',
      alternativeName: textOf(d.serviceNames, l, 'AlternativeName'),
      summary: textOf(desc, l, 'Summary'),
      description: textOf(desc, l, 'Description'),
      userInstructions: textOf(desc, l, 'UserInstruction'),
      conditions: requirements.length ? requirements.join('\n\n') : null,
      legislationLinks: lawsOf(d, l),
      freelyAssignedKeywords: valuesOf(d.keywords, l),
      voucher: voucherOf(d, l),
      chargeTypeAdditionalInformation: textOf(desc, l, 'ChargeTypeAdditionalInfo'),
      ...(extra && {
        processingTimeAdditionalInformation: textOf(desc, l, 'ProcessingTime'),
        deadlineAdditionalInformation: textOf(desc, l, 'DeadLine'),
        validityTimeAdditionalInformation: textOf(desc, l, 'ValidityTime'),
      }),
    };
  }
  return {
    contentId: rec.id,
    organizationContentId: String(d.mainResponsibleOrganization ?? rec.organizationId),
    generalDescriptionContentId: typeof d.generalDescriptionId === 'string' ? d.generalDescriptionId : null,
    targetGroups: strs(d.targetGroups).map(codeOf),
    industrialClasses: strs(d.industrialClasses),
    lifeEvents: strs(d.lifeEvents).map(codeOf),
    ontologyTerms: strs(d.ontologyTerms),
    serviceClasses: strs(d.serviceClasses).map(codeOf),
    producers: producersOf(d),
    otherResponsibleOrganizations: strs(d.otherResponsibleOrganizations),
    chargeType: CHARGE[String(d.serviceChargeType)] ?? null,
    fundingType:
      d.fundingType === 'MarketFunded' || d.fundingType === 'PubliclyFunded' ? d.fundingType : null,
    serviceLanguages: strs(d.languages),
    area: areaOf(d) ?? { areaType: 'WholeCountry' },
    publishedAt,
    serviceType,
    languageVersions,
  };
}
