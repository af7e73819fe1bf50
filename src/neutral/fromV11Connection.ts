import * as n from './canon.js';
import { connectionEntity, type NeutralState } from './keys.js';
import { StateBuilder, v11Addresses, v11Hours, v11Phone } from './neutralFromV11.js';

/**
 * One connection's additional information in v11 (the `serviceChannels[]` item of a service read
 * back, or what `POST /Connection` sent) → neutral state under `connection[<svcRole>><chRole>]`.
 * `exists` is false when the connection was not in the read-back.
 */
export function fromV11Connection(
  body: Record<string, unknown> | null,
  serviceRole: string,
  channelRole: string,
): NeutralState {
  const b = new StateBuilder(connectionEntity(serviceRole, channelRole));
  b.set('exists', body !== null);
  if (!body) return b.done();
  if (body.serviceChargeType !== undefined) {
    b.set(
      'chargeType',
      n.token({ Chargeable: 'charged', FreeOfCharge: 'free', Other: 'other' }, body.serviceChargeType),
    );
  }
  for (const d of n.list(body.description)) {
    const field = n.str(d.type) === 'ChargeTypeAdditionalInfo' ? 'chargeInfo' : 'description';
    b.set(field, n.text(d.value), n.str(d.language));
  }
  if (body.serviceHours !== undefined) b.set('serviceHours', v11Hours(body.serviceHours));
  const contact = n.isObj(body.contactDetails) ? body.contactDetails : {};
  for (const e of n.list(contact.emails)) b.add('contactEmails', n.text(e.value), n.str(e.language));
  // IN has a separate faxNumbers list; OUT returns faxes inside phoneNumbers typed Fax.
  for (const p of n.list(contact.phoneNumbers)) {
    const fax = n.str(p.type) === 'Fax';
    b.add(fax ? 'contactFaxes' : 'contactPhones', v11Phone(p), n.str(p.language));
  }
  for (const p of n.list(contact.faxNumbers))
    b.add('contactFaxes', v11Phone({ ...p, type: 'Fax' }), n.str(p.language));
  for (const w of n.list(contact.webPages))
    b.add('contactWebPages', `${n.str(w.url)}|${n.text(w.value) ?? ''}`, n.str(w.language));
  if (contact.addresses !== undefined) v11Addresses(b, contact.addresses, () => 'contactAddresses');
  return b.done();
}
