import { describe, expect, it } from 'vitest';
import { outConnection } from '../simulator/out/common.js';
import { connectionV12 } from '../simulator/v12/out/connectionV12.js';
import { SimState, type ConnectionRecord } from '../simulator/store/simState.js';
import { compareV12Connections } from './compareV12Connections.js';

const S = '11111111-1111-4111-8111-111111111111';
const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const ROLES: Record<string, string> = {
  [S]: 'SRV-01:service',
  [A]: 'CON-01:echannel.1',
  [B]: 'CON-01:phone.1',
};
const roleOf = (id: string) => ROLES[id.toLowerCase()] ?? id;

const record = (channelId: string, charge: string): ConnectionRecord => ({
  serviceId: S,
  channelId,
  serviceChargeType: charge,
  description: [{ type: 'Description', language: 'fi', value: 'Asiointipisteessä saat apua hakemukseen.' }],
  contactDetails: {
    emails: [{ value: 'neuvonta@example.com', language: 'fi' }],
    faxNumbers: [{ prefixNumber: '+358', number: '91234567', isFinnishServiceNumber: false, language: 'fi' }],
  },
  created: '2026-11-27T10:00:00.000Z',
  modified: '2026-11-27T10:00:00.000Z',
});
/** v11 GET /Service/{id} with its connections (`serviceChannels[]`), as the simulator answers it. */
const v11Service = (...records: ConnectionRecord[]) => ({
  id: S,
  serviceChannels: records.map((r) => outConnection(new SimState(), r, 'serviceChannel')),
});
const v12 = (r: ConnectionRecord) => connectionV12(r, '2026-11-27T10:00:00.000Z');

describe('compareV12Connections', () => {
  it('the same connections with the same additional information: every key matches', () => {
    const cmp = compareV12Connections(
      v11Service(record(A, 'Chargeable'), record(B, 'FreeOfCharge')),
      [v12(record(A, 'Chargeable')), v12(record(B, 'FreeOfCharge'))],
      'SRV-01:service',
      roleOf,
    );
    expect(cmp.findings).toEqual([]);
    expect(cmp.same).toBe(true);
    const keys = cmp.fields.map((f) => f.key);
    expect(keys).toContain('connection[SRV-01:service>CON-01:echannel.1].contactFaxes.fi');
    expect(keys).toContain('connection[SRV-01:service>CON-01:phone.1].chargeType');
  });

  it('a differing charge type is one mismatch on that pair; a pair v12 lacks is one .exists mismatch', () => {
    const cmp = compareV12Connections(
      v11Service(record(A, 'Chargeable'), record(B, 'FreeOfCharge')),
      [v12(record(A, 'FreeOfCharge'))],
      'SRV-01:service',
      roleOf,
    );
    expect(cmp.same).toBe(false);
    expect(cmp.findings.map((f) => `${f.rule} ${f.path}`).sort()).toEqual([
      'readback.mismatch connection[SRV-01:service>CON-01:echannel.1].chargeType',
      'readback.mismatch connection[SRV-01:service>CON-01:phone.1].exists',
    ]);
  });

  it('a pair only v12 shows is an .exists mismatch too', () => {
    const cmp = compareV12Connections(v11Service(), [v12(record(B, 'Other'))], 'SRV-01:service', roleOf);
    expect(cmp.findings.map((f) => f.path)).toEqual(['connection[SRV-01:service>CON-01:phone.1].exists']);
  });
});
