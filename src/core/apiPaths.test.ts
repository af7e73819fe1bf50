import { describe, expect, it } from 'vitest';
import { apiPaths, entityPath, isApiPath, objectBase, sourceIdPath } from './apiPaths.js';
import { CHANNEL_TYPES, OBJECT_TYPES } from './vocabulary.js';

describe('v11 API paths', () => {
  it('builds the entity paths of in-api-v11 §2 and encodes ids and sourceIds', () => {
    expect(apiPaths.service.get('a')).toBe('/api/v11/Service/a');
    expect(apiPaths.service.putBySource('a b/c')).toBe('/api/v11/Service/sourceId/a%20b%2Fc');
    expect(apiPaths.channel.put('Phone', 'x')).toBe('/api/v11/ServiceChannel/Phone/x');
    expect(apiPaths.channel.post('ServiceLocation')).toBe('/api/v11/ServiceChannel/ServiceLocation');
    expect(apiPaths.connection.putByService('s')).toBe('/api/v11/Connection/serviceId/s');
    expect(apiPaths.codeList.areaCodes('Municipality')).toBe(
      '/api/v11/CodeList/GetAreaCodes/type/Municipality',
    );
  });

  it('addresses every object type by root id and by sourceId; a channel by its channel type', () => {
    for (const objectType of OBJECT_TYPES.filter((t) => t !== 'ServiceChannel')) {
      expect(entityPath({ objectType, id: 'i' })).toBe(`${objectBase(objectType)}/i`);
      expect(sourceIdPath({ objectType, sourceId: 's' })).toBe(`${objectBase(objectType)}/sourceId/s`);
    }
    for (const channelType of CHANNEL_TYPES) {
      expect(entityPath({ objectType: 'ServiceChannel', channelType, id: 'i' })).toBe(
        `/api/v11/ServiceChannel/${channelType}/i`,
      );
      expect(sourceIdPath({ objectType: 'ServiceChannel', channelType, sourceId: 's' })).toBe(
        `/api/v11/ServiceChannel/${channelType}/sourceId/s`,
      );
    }
  });

  it('refuses a channel path without its channel type (PTV has no untyped channel PUT)', () => {
    expect(() => entityPath({ objectType: 'ServiceChannel', id: 'i' })).toThrow(/channelType/);
    expect(() => sourceIdPath({ objectType: 'ServiceChannel', sourceId: 's' })).toThrow(/channelType/);
  });

  it('tells API paths from the login and other paths, case-insensitively', () => {
    expect(isApiPath('/api/v11/Service')).toBe(true);
    expect(isApiPath('/API/V11/service')).toBe(true);
    expect(isApiPath('/api/auth/api-login')).toBe(false);
    expect(isApiPath('/api/v110/x')).toBe(false);
  });
});
