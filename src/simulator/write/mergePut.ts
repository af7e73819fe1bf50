import type { KindSpec } from '../kinds.js';
import type { StoredData } from '../store/simState.js';

/** `deleteAll*` flag → the field it clears (in-api-v11 §3.5, §4). */
const FLAG_FIELDS: Record<string, string> = {
  deleteAllLifeEvents: 'lifeEvents',
  deleteAllIndustrialClasses: 'industrialClasses',
  deleteAllLaws: 'legislation',
  deleteAllKeywords: 'keywords',
  deleteServiceChargeType: 'serviceChargeType',
  deleteGeneralDescriptionId: 'generalDescriptionId',
  deleteAllEmails: 'emails',
  deleteAllPhones: 'phoneNumbers',
  deleteAllPhoneNumbers: 'phoneNumbers',
  deleteAllWebPages: 'webPages',
  deleteAllAddresses: 'addresses',
  deleteAllElectronicInvoicings: 'electronicInvoicings',
  deleteAllAttachments: 'attachments',
  deleteAllServiceHours: 'serviceHours',
  deleteAllSupportEmails: 'supportEmails',
  deleteAllSupportPhones: 'supportPhones',
  deleteAllFaxNumbers: 'faxNumbers',
  deleteAllDeliveryAddresses: 'deliveryAddresses',
  deleteAllChannelUrls: 'channelUrls',
  deleteAllFormIdentifiers: 'formIdentifier',
  deleteOid: 'oid',
  deleteAllServices: 'services',
  deleteAllChannels: 'serviceChannels',
};

const SCALAR_FLAGS = new Set(['deleteServiceChargeType', 'deleteGeneralDescriptionId', 'deleteOid']);
/** Body keys that are never stored as content. */
const NOT_CONTENT = new Set(['publishingStatus', 'sourceId', 'id']);

export interface MergeOptions {
  /** Defect `ignore-field-change`: description lists are silently kept as they were. */
  ignoreDescriptions?: boolean;
}

/**
 * PUT semantics: omitted fields stay; a sent list replaces the stored list; an empty list without
 * its `deleteAll*` flag is ignored; sending any required list makes the request's languages the new
 * language set, so texts in dropped languages disappear from every localized list.
 */
export function mergePut(
  current: StoredData,
  body: StoredData,
  spec: KindSpec,
  opts: MergeOptions = {},
): StoredData {
  const out: StoredData = { ...current };
  for (const [key, value] of Object.entries(body)) {
    if (NOT_CONTENT.has(key) || key.startsWith('delete')) continue;
    if (value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (opts.ignoreDescriptions && /Descriptions$/.test(key)) continue;
    out[key] = value;
  }
  for (const [flag, field] of Object.entries(FLAG_FIELDS)) {
    if (body[flag] !== true) continue;
    let target = field;
    if (flag === 'deleteAllWebPages') {
      // Phone channels keep their URLs in `webPage`; service locations clear web pages only when
      // `webPages` is absent from the body [3P LIPAS ptv.cljc].
      if (spec.kind === 'phone') target = 'webPage';
      if (spec.kind === 'servicelocation' && body.webPages !== undefined) continue;
    }
    out[target] = SCALAR_FLAGS.has(flag) ? null : [];
  }
  const sentRequired = spec.requiredLists.filter(
    (k) => Array.isArray(body[k]) && (body[k] as unknown[]).length > 0,
  );
  if (sentRequired.length > 0) {
    const langs = new Set<string>();
    for (const k of sentRequired)
      for (const item of body[k] as { language?: string }[]) if (item?.language) langs.add(item.language);
    for (const [key, value] of Object.entries(out)) {
      if (!Array.isArray(value)) continue;
      if (
        !value.some(
          (v) => v && typeof v === 'object' && typeof (v as { language?: unknown }).language === 'string',
        )
      )
        continue;
      out[key] = value.filter((v) => {
        const lang = (v as { language?: unknown }).language;
        return typeof lang !== 'string' || langs.has(lang);
      });
    }
  }
  return out;
}

/** POST: the body minus flags and bookkeeping keys. */
export function initialData(body: StoredData): StoredData {
  const out: StoredData = {};
  for (const [key, value] of Object.entries(body)) {
    if (NOT_CONTENT.has(key) || key.startsWith('delete')) continue;
    out[key] = value;
  }
  return out;
}
