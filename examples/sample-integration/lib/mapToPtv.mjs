// Maps the source system's records (store.json) to PTV v11 IN bodies.
// Pure functions: the sync decides which route each body goes to.

const PTV_NAME_MAX = 100;

/** A store value kept once for all languages (a string) or per language (`{fi, sv, en}`). */
const textIn = (value, language) => (typeof value === 'string' ? value : value?.[language]);

/** `{fi, sv, en}` → PTV's localized list, in the store's language order, skipping missing languages. */
function localized(texts, langs, type) {
  return langs
    .filter((language) => texts?.[language])
    .map((language) =>
      type ? { type, value: texts[language], language } : { value: texts[language], language },
    );
}

/**
 * PTV refuses names over 100 characters. A name that long is shortened at a word boundary, so it
 * never ends mid-word. The `names-truncated` defect reproduces a common mapper bug instead: cut at
 * the limit, mid-word, plus an ellipsis — one character over the limit.
 */
export function ptvName(name, defects) {
  if (name.length <= PTV_NAME_MAX) return name;
  if (defects.has('names-truncated')) return `${name.slice(0, PTV_NAME_MAX)}…`;
  const cut = name.slice(0, PTV_NAME_MAX + 1);
  return cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:–-]+$/, '');
}

const names = (texts, defects) =>
  Object.fromEntries(Object.entries(texts).map(([lang, v]) => [lang, ptvName(v, defects)]));

/** "+358 9 1234 5670" or "09 1234 5670" → PTV's prefix + digits. */
export function phone(text) {
  const compact = text.replace(/[\s()-]/g, '');
  if (compact.startsWith('+358')) return { prefixNumber: '+358', number: compact.slice(4) };
  if (compact.startsWith('0')) return { prefixNumber: '+358', number: compact.slice(1) };
  return { isFinnishServiceNumber: true, number: compact };
}

/**
 * The store's `{days: "Monday-Friday", open, close}` rows → PTV's regular service hours, one per
 * row; rows that share a `period` (a week plan with several rows) become one service hour.
 */
function openingHours(hours = [], langs = []) {
  const periods = new Map();
  for (const h of hours) {
    const [dayFrom, dayTo] = h.days.split('-');
    const slot = { dayFrom, ...(dayTo ? { dayTo } : {}), from: h.open, to: h.close };
    const key = h.period ?? Symbol('row');
    if (periods.has(key)) periods.get(key).openingHour.push(slot);
    else
      periods.set(key, {
        serviceHourType: 'DaysOfTheWeek',
        ...(h.info ? { additionalInformation: localized(h.info, langs) } : {}),
        openingHour: [slot],
      });
  }
  return [...periods.values()];
}

/** A store e-mail: one address (in the record's first language) or one per language. */
function emailList(email, langs) {
  if (!email) return [];
  if (typeof email === 'string') return [{ value: email, language: langs[0] }];
  return localized(email, langs);
}

function streetAddress(a, langs, municipality) {
  return {
    street: localized(a.street, langs),
    streetNumber: a.number,
    postalCode: a.postalCode,
    municipality: a.municipality ?? municipality,
    ...(a.lat ? { latitude: a.lat, longitude: a.lon } : {}),
  };
}

const descriptions = (rec, langs) => [
  ...localized(rec.summary, langs, 'Summary'),
  ...localized(rec.description, langs, 'Description'),
];

const accessibility = (rec, langs) =>
  langs.map((language) => ({
    accessibilityClassificationLevel: rec.accessibility?.level ?? 'PartiallyCompliant',
    wcagLevel: rec.accessibility?.wcag ?? 'LevelA',
    accessibilityStatementWebPageName: {
      fi: 'Saavutettavuusseloste',
      sv: 'Tillgänglighetsutlåtande',
      en: 'Accessibility statement',
    }[language],
    accessibilityStatementWebPage:
      rec.accessibility?.statement ?? 'https://www.esimerkkila.fi/saavutettavuus',
    language,
  }));

/** Sub-organisation (a unit of the municipality) under the integration's own organisation. */
export function organizationBody(unit, ctx) {
  const { organizationId, municipality, defects } = ctx;
  const langs = unit.languages ?? ctx.langs;
  return {
    sourceId: unit.sourceId,
    parentOrganizationId: organizationId,
    organizationType: 'Municipality',
    municipality,
    organizationNames: localized(names(unit.name, defects), langs, 'Name'),
    displayNameType: langs.map((language) => ({ type: 'Name', language })),
    organizationDescriptions: descriptions(unit, langs),
    ...(unit.email ? { emails: emailList(unit.email, langs) } : {}),
    ...(unit.phone
      ? { phoneNumbers: [{ ...phone(unit.phone), language: langs[0], serviceChargeType: 'Chargeable' }] }
      : {}),
    // One address for every language, or one per language.
    webPages: langs
      .map((language) => ({ url: textIn(unit.web, language), value: unit.name[language], language }))
      .filter((w) => w.url),
    areaType: 'Nationwide',
    publishingStatus: 'Published',
  };
}

/** Area kinds as the store names them (PTV's newer names) → v11's. */
const AREA_TYPES = { BusinessRegions: 'BusinessSubRegion', HospitalRegions: 'HospitalDistrict' };

/** The service's area: the store's own (`{type, codes}`), else the municipality the store serves. */
function serviceArea(area, municipality) {
  if (area?.type === 'WholeCountry') return { areaType: 'Nationwide' };
  if (area?.type === 'WholeCountryExceptAlandIslands') return { areaType: 'NationwideExceptAlandIslands' };
  const { type = 'Municipality', codes = [municipality] } = area ?? {};
  return { areaType: 'LimitedType', areas: [{ type: AREA_TYPES[type] ?? type, areaCodes: codes }] };
}

export function serviceBody(s, ctx) {
  const { organizationId, municipality, defects } = ctx;
  const langs = s.languages ?? ctx.langs;
  return {
    sourceId: s.sourceId,
    type: 'Service',
    fundingType: 'PubliclyFunded',
    serviceChargeType: s.charge,
    serviceNames: localized(names(s.name, defects), langs, 'Name'),
    serviceDescriptions: [...descriptions(s, langs), ...localized(s.instructions, langs, 'UserInstruction')],
    languages: langs,
    serviceClasses: s.classes.map((c) => `http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/${c}`),
    ontologyTerms: s.ontologyTerms,
    targetGroups: s.targetGroups.map((c) => `http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/${c}`),
    ...serviceArea(s.area, municipality),
    keywords: langs.flatMap((language) =>
      (s.keywords?.[language] ?? []).map((value) => ({ value, language })),
    ),
    serviceProducers: [{ provisionType: 'SelfProducedServices', organizations: [organizationId] }],
    mainResponsibleOrganization: organizationId,
    publishingStatus: 'Published',
  };
}

/** PTV's channel type (route segment) for the store's channel kinds. */
export const CHANNEL_TYPES = {
  eservice: 'EChannel',
  phone: 'Phone',
  webpage: 'WebPage',
  form: 'PrintableForm',
  location: 'ServiceLocation',
};

export function channelBody(c, ctx) {
  const { organizationId, municipality, defects } = ctx;
  const langs = c.languages ?? ctx.langs;
  const common = {
    sourceId: c.sourceId,
    organizationId,
    serviceChannelNames: localized(names(c.name, defects), langs, c.type === 'location' ? 'Name' : undefined),
    serviceChannelDescriptions: descriptions(c, langs),
    languages: langs,
    publishingStatus: 'Published',
  };
  switch (c.type) {
    case 'eservice':
      return {
        ...common,
        webPage: localized(c.url, langs),
        requiresAuthentication: c.requiresAuthentication ?? false,
        requiresSignature: false,
        accessibilityClassification: accessibility(c, langs),
        ...(c.email ? { supportEmails: emailList(c.email, langs) } : {}),
        isVisibleForAll: false,
      };
    case 'webpage':
      return {
        ...common,
        webPage: localized(c.url, langs),
        accessibilityClassification: accessibility(c, langs),
      };
    case 'phone':
      return {
        ...common,
        phoneNumbers: langs.map((language) => ({
          type: 'Phone',
          ...phone(c.phone),
          language,
          serviceChargeType: c.charge,
          additionalInformation: c.name[language],
        })),
        serviceHours: openingHours(c.hours, langs),
      };
    case 'form':
      return {
        ...common,
        formIdentifier: langs
          .map((language) => ({ value: textIn(c.formId, language), language }))
          .filter((f) => f.value),
        channelUrls: localized(c.pdf, langs).map((u) => ({ ...u, type: 'PDF' })),
        ...(c.deliveryAddress
          ? {
              deliveryAddresses: [
                {
                  subType: 'Street',
                  streetAddress: streetAddress(c.deliveryAddress, langs, municipality),
                  formReceiver: localized(c.receiver, langs),
                },
              ],
            }
          : {}),
      };
    case 'location':
      return {
        ...common,
        displayNameType: langs.map((language) => ({ type: 'Name', language })),
        addresses: [
          {
            type: 'Location',
            subType: 'Single',
            country: 'FI',
            streetAddress: streetAddress(c.address, langs, municipality),
          },
        ],
        ...(c.phone
          ? { phoneNumbers: [{ ...phone(c.phone), language: langs[0], serviceChargeType: 'Chargeable' }] }
          : {}),
        ...(c.email ? { emails: emailList(c.email, langs) } : {}),
        serviceHours: openingHours(c.hours, langs),
        isVisibleForAll: true,
      };
    default:
      throw new Error(`unknown channel type '${c.type}' in store record '${c.key}'`);
  }
}

/** A PUT body: the POST body without sourceId (the path names the entity). */
export function putBody(body) {
  const { sourceId: _sourceId, ...rest } = body;
  return rest;
}

/**
 * The connection's additional information, limited to what PTV accepts on the route: POST takes
 * service hours and contact details for service location, e-service and phone channels; the
 * connection PUT only for service locations (in-api-v11.md §4.11).
 */
export function connectionInfo(conn, channelType, route, ctx) {
  if (ctx.defects.has('skip-connection-info')) return {};
  const { langs } = ctx;
  const info = {};
  if (conn.charge) info.serviceChargeType = conn.charge;
  if (conn.info || conn.chargeInfo)
    info.description = [
      ...localized(conn.info, langs, 'Description'),
      ...localized(conn.chargeInfo, langs, 'ChargeTypeAdditionalInfo'),
    ];
  const detailsAllowed =
    channelType === 'ServiceLocation' ||
    (route === 'post' && (channelType === 'EChannel' || channelType === 'Phone'));
  if (detailsAllowed && conn.hours) info.serviceHours = openingHours(conn.hours, langs);
  if (detailsAllowed && conn.contact) {
    info.contactDetails = {
      ...(conn.contact.email ? { emails: emailList(conn.contact.email, langs) } : {}),
      ...(conn.contact.web
        ? {
            webPages: localized(conn.contact.web, langs).map(({ value, language }) => ({
              url: value,
              language,
            })),
          }
        : {}),
      ...(conn.contact.phone
        ? {
            phoneNumbers: [
              { ...phone(conn.contact.phone), language: langs[0], serviceChargeType: 'Chargeable' },
            ],
          }
        : {}),
    };
  }
  return info;
}
