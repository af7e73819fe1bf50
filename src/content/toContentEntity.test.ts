import { describe, expect, it } from 'vitest';
import { channelEntity, payloadEntity, serviceConnections, serviceEntity } from './toContentEntity.js';

const OUT_SERVICE = {
  id: 'aaaaaaaa-0000-4000-8000-000000000001',
  generalDescriptionId: 'gd-1',
  serviceNames: [
    { type: 'Name', language: 'fi', value: 'Uimahalli' },
    { type: 'AlternativeName', language: 'fi', value: 'Halli' },
  ],
  serviceDescriptions: [{ type: 'Summary', language: 'fi', value: 'Uintia kaikille.' }],
  requirements: [{ language: 'fi', value: 'Ei edellytyksiä.' }],
  languages: ['fi'],
  serviceClasses: [{ uri: 'http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P1.1', code: 'P1.1' }],
  modified: '2026-10-01T08:00:00Z',
  serviceChannels: [
    {
      serviceChannel: { id: 'ch-1', name: 'Puhelin' },
      description: [{ type: 'Description', language: 'fi', value: 'Soita arkisin.' }],
      serviceHours: [],
      contactDetails: { emails: [], phoneNumbers: [{ number: '123' }] },
    },
  ],
};

describe('toContentEntity', () => {
  it('maps an OUT service: names of type Name only, texts, requirements, connections, re-check body with classification URIs', () => {
    const e = serviceEntity(OUT_SERVICE);
    expect(e.names).toEqual({ fi: 'Uimahalli' });
    expect(e.texts.map((t) => `${t.field}/${t.type}`)).toEqual([
      'serviceNames/Name',
      'serviceNames/AlternativeName',
      'serviceDescriptions/Summary',
      'requirements/Requirement',
    ]);
    expect(e.connectedIds).toEqual(['ch-1']);
    expect(e.generalDescriptionId).toBe('gd-1');
    expect(e.recheck?.body.serviceClasses).toEqual([
      'http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P1.1',
    ]);
    expect(serviceConnections(OUT_SERVICE)).toEqual([
      {
        serviceId: OUT_SERVICE.id,
        channelId: 'ch-1',
        description: [
          {
            field: 'serviceChannels.description',
            type: 'Description',
            language: 'fi',
            value: 'Soita arkisin.',
          },
        ],
        hasServiceHours: false,
        hasContactDetails: true,
        hourTimes: [],
      },
    ]);
  });

  it('maps an OUT channel: drops the OUT-only name type for the re-check except on service locations', () => {
    const phone = channelEntity({
      id: 'ch-1',
      serviceChannelType: 'Phone',
      serviceChannelNames: [{ type: 'Name', language: 'fi', value: 'Puhelin' }],
      services: [{ service: { id: 's-1' } }],
      serviceHours: [{}],
    });
    expect(phone.recheck).toMatchObject({
      kind: 'phone',
      body: { serviceChannelNames: [{ language: 'fi', value: 'Puhelin' }] },
    });
    expect(phone.connectedIds).toEqual(['s-1']);
    expect(phone.hasServiceHours).toBe(true);
    const loc = channelEntity({
      serviceChannelType: 'ServiceLocation',
      serviceChannelNames: [{ type: 'Name', language: 'fi', value: 'Piste' }],
    });
    expect(loc.recheck?.body.serviceChannelNames).toEqual([{ type: 'Name', language: 'fi', value: 'Piste' }]);
    expect(loc.hasAddress).toBe(false);
  });

  it('maps IN payloads by kind and leaves the re-check to validate', () => {
    const e = payloadEntity('servicelocation', { sourceId: 'x', serviceChannelNames: [] });
    expect(e).toMatchObject({ kind: 'channel', channelType: 'ServiceLocation', id: 'x' });
    expect(e?.recheck).toBeUndefined();
    expect(payloadEntity('connections', [])).toBeUndefined();
  });
});
