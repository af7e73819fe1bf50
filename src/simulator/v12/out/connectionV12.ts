import type { ConnectionRecord } from '../../store/simState.js';
import {
  arr,
  contactAddressesOf,
  dialledOf,
  emailsOf,
  serviceHoursOf,
  textOf,
  V12_LANGS,
  phonesOf,
  type Json,
} from './common.js';

const CHARGE: Record<string, string> = { Chargeable: 'Charged', FreeOfCharge: 'Free', Other: 'Other' };

/** Stored v11 connection (additional info as sent) → `ConnectionResponse` [SPEC]. */
export function connectionV12(c: ConnectionRecord, publishedAt: string): Json {
  const cd = (c.contactDetails ?? {}) as Json;
  const used = new Set<string>();
  for (const list of [c.description, cd.emails, cd.phoneNumbers, cd.faxNumbers, cd.webPages]) {
    for (const i of arr(list)) if (typeof i.language === 'string') used.add(i.language);
  }
  const languageVersions: Record<string, Json> = {};
  for (const l of V12_LANGS.filter((x) => used.has(x))) {
    languageVersions[l] = {
      chargeTypeAdditionalInformation: textOf(c.description, l, 'ChargeTypeAdditionalInfo'),
      description: textOf(c.description, l, 'Description'),
      contactPhoneNumbers: phonesOf(cd.phoneNumbers, l),
      contactFaxNumbers: arr(cd.faxNumbers)
        .filter((p) => p.language === l)
        .map((p) => dialledOf(p, 'Fax')),
      contactEmails: emailsOf(cd.emails, l),
      contactWebPages: arr(cd.webPages)
        .filter((w) => w.language === l)
        .map((w) => ({
          name: typeof w.value === 'string' ? w.value : '',
          url: String(w.url ?? ''),
          additionalInformation: null,
        })),
    };
  }
  return {
    serviceContentId: c.serviceId,
    channelContentId: c.channelId,
    contactAddresses: contactAddressesOf(cd.addresses, ['Postal', 'Visiting', 'Location']),
    chargeType: CHARGE[String(c.serviceChargeType)] ?? null,
    serviceHours: serviceHoursOf(c.serviceHours),
    languageVersions,
    publishedAt,
  };
}
