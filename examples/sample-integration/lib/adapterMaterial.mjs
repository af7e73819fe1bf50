// The ptv-readiness adapter contract's neutral material → the source store's own records
// (store.json's shape). Pure functions: the adapter decides where the record goes.

/** The contract's kinds → the store's list and, for channels, the store's channel type. */
export const KIND_SPECS = {
  organization: { list: 'units', short: 'unit', syncKind: 'organization' },
  service: { list: 'services', short: 'service', syncKind: 'service' },
  'channel/echannel': { list: 'channels', short: 'channel', syncKind: 'channel', type: 'eservice' },
  'channel/phone': { list: 'channels', short: 'channel', syncKind: 'channel', type: 'phone' },
  'channel/webpage': { list: 'channels', short: 'channel', syncKind: 'channel', type: 'webpage' },
  'channel/printableform': { list: 'channels', short: 'channel', syncKind: 'channel', type: 'form' },
  'channel/servicelocation': { list: 'channels', short: 'channel', syncKind: 'channel', type: 'location' },
  connection: { list: 'connections' },
};

/**
 * Material fields the store has no place for (mapToPtv.mjs fills PTV's field with a constant, or
 * leaves it out). The store keeps one e-mail and one phone number per record, with no charge
 * description; phone numbers of sub-organisations, service locations and connection contacts are
 * always "Chargeable" and in the record's first language.
 */
export const NOT_MAPPED = {
  organization: [
    'organizationType',
    'webPages[].text',
    'address',
    'phones[].charge',
    'phones[].chargeDescription',
    'phones[].language',
  ],
  service: ['type', 'fundingType', 'requirements'],
  'channel/echannel': ['requiresSignature'],
  'channel/phone': ['phones[].chargeDescription', 'phones[].additionalInformation'],
  'channel/webpage': [],
  'channel/printableform': [],
  'channel/servicelocation': [
    'webPages',
    'phones[].charge',
    'phones[].chargeDescription',
    'phones[].language',
  ],
  // Contract v1 sends e-mails as bare strings: a contact e-mail per language arrives without its
  // language, and the store files the first one under the record's first language.
  connection: ['phones[].charge', 'phones[].chargeDescription', 'phones[].language'],
};

/** The store's phone text: "+358 912345678", or the bare number of a Finnish service number. */
export function phoneText(p) {
  if (!p) return undefined;
  if (p.isFinnishServiceNumber || !p.prefix) return p.number;
  return `${p.prefix} ${p.number}`;
}

/**
 * The contract's hours → the store's rows. Each service hour becomes rows sharing a `period`, so
 * the sync sends it back as one service hour; only regular weekly hours have a place in the store.
 */
export function hourRows(hours = []) {
  return hours
    .filter((h) => h.type === 'DaysOfTheWeek')
    .flatMap((h, period) =>
      (h.openingHours ?? []).map((o, i) => ({
        days: o.dayTo ? `${o.dayFrom}-${o.dayTo}` : o.dayFrom,
        open: o.from,
        close: o.to,
        period,
        // The period's note ("on the eves of holidays…") is kept once, on its first row.
        ...(i === 0 && h.additionalInformation ? { info: h.additionalInformation } : {}),
      })),
    );
}

/**
 * The store's e-mail: one per language. The contract sends `[{value, language}]`; bare strings (an
 * older document) keep the first address, and `{fi: …}` is taken as it is.
 */
export function emailOf(emails) {
  if (!emails) return undefined;
  if (Array.isArray(emails)) {
    if (emails.every((e) => typeof e === 'string')) return emails[0];
    return Object.fromEntries(emails.filter((e) => e?.language).map((e) => [e.language, e.value]));
  }
  return Object.fromEntries(Object.entries(emails).map(([lang, v]) => [lang, Array.isArray(v) ? v[0] : v]));
}

const address = (a) =>
  a && {
    street: a.street,
    number: a.streetNumber,
    postalCode: a.postalCode,
    ...(a.municipality ? { municipality: a.municipality } : {}),
  };

/** Drops undefined values, so the store's JSON holds only what the material gave. */
const compact = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** The languages of a record: the material's list, else the languages its names are in. */
const languagesOf = (m) => m.languages ?? Object.keys(m.names ?? {});

/** A unit, service or channel record of the store for `kind`, keyed `key`. */
export function toStoreRecord(kind, m, key) {
  const common = {
    key,
    languages: languagesOf(m),
    name: m.names,
    summary: m.summaries,
    description: m.descriptions,
  };
  switch (kind) {
    case 'organization':
      return compact({
        ...common,
        email: emailOf(m.emails),
        phone: phoneText(m.phones?.[0]),
        web: m.webPages,
      });
    case 'service':
      return compact({
        ...common,
        instructions: m.userInstructions,
        charge: m.chargeType,
        classes: m.serviceClasses ?? [],
        ontologyTerms: m.ontologyTerms ?? [],
        targetGroups: m.targetGroups ?? [],
        keywords: m.keywords,
        area: m.area,
      });
    case 'channel/echannel':
      return compact({
        ...common,
        type: 'eservice',
        url: m.url,
        requiresAuthentication: m.requiresAuthentication,
        email: emailOf(m.emails),
      });
    case 'channel/phone':
      return compact({
        ...common,
        type: 'phone',
        phone: phoneText(m.phones?.[0]),
        charge: m.phones?.[0]?.charge,
        hours: hourRows(m.hours),
      });
    case 'channel/webpage':
      return compact({ ...common, type: 'webpage', url: m.url });
    case 'channel/printableform':
      return compact({
        ...common,
        type: 'form',
        formId: m.formIdentifier,
        pdf: m.urls,
        deliveryAddress: address(m.deliveryAddress),
      });
    case 'channel/servicelocation':
      return compact({
        ...common,
        type: 'location',
        address: address(m.address),
        phone: phoneText(m.phones?.[0]),
        email: emailOf(m.emails),
        hours: hourRows(m.hours),
      });
    default:
      throw new Error(`no store record for kind '${kind}'`);
  }
}

/** A connection of the store, with its additional information. */
export function toStoreConnection(m, service, channel) {
  const contact = compact({
    email: emailOf(m.emails),
    phone: phoneText(m.phones?.[0]),
    web: m.webPages,
  });
  return compact({
    service,
    channel,
    charge: m.chargeType,
    info: m.descriptions,
    chargeInfo: m.chargeDescriptions,
    hours: m.hours?.length ? hourRows(m.hours) : undefined,
    contact: Object.keys(contact).length ? contact : undefined,
  });
}

/**
 * What material the store would drop without saying so: a second e-mail or phone, hours that are
 * not weekly, a foreign number the store cannot split. The adapter logs these.
 */
export function droppedParts(kind, m) {
  const dropped = [];
  if (Array.isArray(m.emails) && typeof m.emails[0] === 'string' && m.emails.length > 1)
    dropped.push(`emails after the first (${m.emails.length - 1})`);
  if ((m.phones?.length ?? 0) > 1 && kind !== 'channel/phone')
    dropped.push(`phones after the first (${m.phones.length - 1})`);
  const irregular = (m.hours ?? []).filter((h) => h.type !== 'DaysOfTheWeek');
  if (irregular.length) dropped.push(`hours of type ${irregular.map((h) => h.type).join(', ')}`);
  for (const p of m.phones ?? []) {
    if (!p.isFinnishServiceNumber && p.prefix && p.prefix !== '+358')
      dropped.push(`the prefix of ${p.prefix} ${p.number} (the store keeps Finnish numbers)`);
  }
  return dropped;
}
