import { describe, expect, it } from 'vitest';
import { outConnection } from '../simulator/out/common.js';
import { connectionV12 } from '../simulator/v12/out/connectionV12.js';
import { SimState, type ConnectionRecord } from '../simulator/store/simState.js';
import { compareNeutral } from '../readback/compareNeutral.js';
import { fromV11Connection } from './fromV11Connection.js';
import { fromV12Out } from './fromV12Out.js';

const S = '11111111-1111-4111-8111-111111111111';
const C = '22222222-2222-4222-8222-222222222222';
const roleOf = (id: string) => (id === S ? 'SRV-01:service' : id === C ? 'CH-SL-01:channel' : id);
const KEY = 'connection[SRV-01:service>CH-SL-01:channel]';

/** A connection's additional information as `POST /Connection` sends it: every kind v11 has. */
const sent = {
  serviceChargeType: 'Other',
  description: [
    { type: 'Description', language: 'fi', value: 'Asiointipisteessä saat apua hakemukseen.' },
    { type: 'ChargeTypeAdditionalInfo', language: 'sv', value: 'Avgiften faktureras efter beslutet.' },
  ],
  serviceHours: [
    {
      serviceHourType: 'DaysOfTheWeek',
      openingHour: [{ dayFrom: 'Monday', dayTo: 'Friday', from: '08:00', to: '16:00' }],
    },
  ],
  contactDetails: {
    emails: [{ value: 'neuvonta@example.com', language: 'fi' }],
    phoneNumbers: [
      {
        prefixNumber: '+358',
        number: '401234567',
        isFinnishServiceNumber: false,
        serviceChargeType: 'FreeOfCharge',
        language: 'fi',
      },
    ],
    faxNumbers: [{ prefixNumber: '+358', number: '91234567', isFinnishServiceNumber: false, language: 'fi' }],
    webPages: [{ url: 'https://www.example.com/fi/yhteystiedot', value: 'Yhteystiedot', language: 'fi' }],
    addresses: [
      {
        type: 'Postal',
        subType: 'Street',
        streetAddress: {
          street: [{ value: 'Kirkkokatu', language: 'fi' }],
          streetNumber: '3',
          postalCode: '00170',
          municipality: '091',
        },
        country: 'FI',
      },
      {
        type: 'Postal',
        subType: 'PostOfficeBox',
        postOfficeBoxAddress: {
          postOfficeBox: [{ value: 'PL 1', language: 'fi' }],
          postalCode: '00099',
          municipality: '091',
        },
      },
    ],
  },
};
const record: ConnectionRecord = {
  serviceId: S,
  channelId: C,
  ...sent,
  created: '2026-11-27T10:00:00.000Z',
  modified: '2026-11-27T10:00:00.000Z',
};

describe('connection additional information in the neutral model', () => {
  const expected = fromV11Connection(sent, 'SRV-01:service', 'CH-SL-01:channel');

  it('neutralises every kind of additional information v11 sends', () => {
    for (const field of [
      'exists',
      'chargeType',
      'description.fi',
      'chargeInfo.sv',
      'serviceHours',
      'contactEmails.fi',
      'contactPhones.fi',
      'contactFaxes.fi',
      'contactWebPages.fi',
      'contactAddresses',
    ])
      expect(expected[`${KEY}.${field}`], field).toBeDefined();
    expect(expected[`${KEY}.contactFaxes.fi`]).toEqual(['fax|+358|91234567|||']);
    expect(expected[`${KEY}.contactWebPages.fi`]).toEqual([
      'https://www.example.com/fi/yhteystiedot|Yhteystiedot',
    ]);
    expect(expected[`${KEY}.contactAddresses`]).toHaveLength(2);
  });

  it('the v11 read-back (faxes inside typed phoneNumbers) gives the same keys and values', () => {
    const read = outConnection(new SimState(), record, 'serviceChannel');
    const cmp = compareNeutral(expected, fromV11Connection(read, 'SRV-01:service', 'CH-SL-01:channel'));
    expect(cmp.findings).toEqual([]);
    expect(cmp.same).toBe(true);
  });

  it("the simulator's v12 answer (an implementation of its own) gives the same keys and values", () => {
    const v12 = fromV12Out(connectionV12(record, '2026-11-27T10:00:00.000Z'), { roleOf });
    const cmp = compareNeutral(expected, v12);
    expect(cmp.findings).toEqual([]);
    expect(Object.keys(v12).sort()).toEqual(Object.keys(expected).sort());
  });
});
