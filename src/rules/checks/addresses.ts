import { msg } from '../messages.js';
import { add, has, items, isObj, text, type CheckCtx, type Obj, type Seg } from './context.js';
import { onePerLanguage } from './localizedLists.js';

/**
 * Sub-object required for each subType (§4.9.3): `[RequiredIf("SubType", …)]` on the objects and
 * `[ListRequiredIf("SubType", …)]` on the language lists, which also refuses an empty list
 * (`ListRequiredIfAttribute.cs:67-85`). Street/PostOfficeBox `VmOpenApiAddressInVersionBase.cs:58-67`,
 * Other/Foreign `V9/V9VmOpenApiAddressIn.cs:55-62`, Single/Other/Abroad `V9/V9VmOpenApiAddressLocationIn.cs:61-80`,
 * Abroad (contact) `V7/V7VmOpenApiAddressContactIn.cs:65`, delivery `V8/V8VmOpenApiAddressDeliveryIn.cs:50-66`
 * (src/PTV.Domain.Model/Models/OpenApi/, ptv-release-3_4).
 */
const SUB_OBJECT: Record<string, string> = {
  Street: 'streetAddress',
  Single: 'streetAddress',
  PostOfficeBox: 'postOfficeBoxAddress',
  Other: 'otherAddress',
  Foreign: 'foreignAddress',
  Abroad: 'locationAbroad',
  NoAddress: 'deliveryAddressInText',
};

/** Allowed (type → subTypes) per address model. */
export type AddressModel = 'organization' | 'location' | 'contact' | 'delivery';
const ALLOWED: Record<AddressModel, Record<string, readonly string[]>> = {
  organization: { Visiting: ['Street', 'Foreign', 'Other'], Postal: ['Street', 'PostOfficeBox', 'Foreign'] },
  location: { Location: ['Single', 'Other', 'Abroad'], Postal: ['Street', 'PostOfficeBox', 'Abroad'] },
  contact: { Postal: ['Street', 'PostOfficeBox', 'Abroad'] },
  delivery: {},
};

/** StreetNumber-or-coordinates (§4.9.3) for a street address object. */
function streetRule(c: CheckCtx, street: unknown, p: readonly Seg[]): void {
  if (!isObj(street) || items(street, 'street').length === 0) return;
  if (text(street, 'streetNumber')?.trim()) return;
  if (text(street, 'latitude') && text(street, 'longitude')) return;
  add(c, p, msg.street(), 'streetNumberOrCoordinates');
}

function oneAddress(c: CheckCtx, a: Obj, p: readonly Seg[], model: AddressModel): void {
  const type = text(a, 'type');
  const sub = text(a, 'subType');
  const part = sub ? SUB_OBJECT[sub] : undefined;
  const missing = part && (Array.isArray(a[part]) ? (a[part] as unknown[]).length === 0 : !has(a, part));
  if (part && missing) add(c, [...p, part], msg.requiredWhen('SubType', sub!), 'addressSubType');
  if (model !== 'delivery' && type && sub) {
    const allowed = ALLOWED[model][type];
    if (allowed && !allowed.includes(sub)) {
      if (model === 'organization')
        add(c, [...p, 'subType'], msg.subTypeCannot(sub, type), 'addressTypeSubType');
      else add(c, [...p, 'subType'], msg.subTypeNotAllowed(sub, type), 'addressTypeSubType');
    }
  }
  streetRule(c, a.streetAddress, [...p, 'streetAddress']);
  // "≤ 1 per language" language-item lists inside addresses (§4.9.3).
  for (const list of ['foreignAddress', 'locationAbroad', 'deliveryAddressInText', 'formReceiver'])
    onePerLanguage(c, a, list, p);
  for (const sub of ['streetAddress', 'postOfficeBoxAddress', 'otherAddress']) {
    const o = a[sub];
    if (!isObj(o)) continue;
    for (const list of ['street', 'postOfficeBox', 'additionalInformation'])
      onePerLanguage(c, o, list, [...p, sub]);
  }
}

/** Address type/sub-type combinations, sub-object presence and the street rule for a list. */
export function addressRules(
  c: CheckCtx,
  o: Obj,
  list: string,
  model: AddressModel,
  base: readonly Seg[] = [],
): void {
  const all = items(o, list);
  all.forEach((a, n) => oneAddress(c, a, [...base, list, n], model));
  if (model === 'location') {
    const locations = all.filter((a) => text(a, 'type') === 'Location');
    if (locations.length > 1 && locations.some((a) => text(a, 'subType') === 'Abroad'))
      add(c, [...base, list], msg.abroadOnly(), 'addressTypeSubType');
  }
}
