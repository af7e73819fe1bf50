import { describe, expect, it } from 'vitest';
import { loadRouteMap } from './loadRouteMap.js';
import { routeFor, routePath, writeAuth } from './v12Write.js';

const { map } = loadRouteMap();

describe('routePath', () => {
  it('fills placeholders from the parameters, URL-encoded, and {type} through channelTypeSegments', () => {
    const update = routeFor(map, 'channel.update')!;
    expect(routePath(map, 'channel.update', update, { type: 'Telephone', contentId: 'a b' })).toBe(
      '/api/v12/service-channel/telephone/a%20b',
    );
    const del = routeFor(map, 'connection.delete')!;
    expect(routePath(map, 'connection.delete', del, { serviceContentId: 's', channelContentId: 'c' })).toBe(
      '/api/v12/connection/s/c',
    );
  });

  it('a missing parameter is PTVR_V12_ROUTE_UNAVAILABLE naming the placeholder', () => {
    const update = routeFor(map, 'service.update')!;
    expect(() => routePath(map, 'service.update', update, {})).toThrow(
      expect.objectContaining({
        code: 'PTVR_V12_ROUTE_UNAVAILABLE',
        message: expect.stringContaining('{contentId}'),
      }),
    );
    const create = routeFor(map, 'channel.create')!;
    expect(() => routePath(map, 'channel.create', create, {})).toThrow(
      expect.objectContaining({ message: expect.stringContaining('{type}') }),
    );
  });
});

describe('writeAuth', () => {
  it('follows auth.token.source: the login token, PTV_V12_TOKEN, or the key alone', () => {
    expect(writeAuth(map, 'service.create', {})).toEqual({
      keyHeader: 'x-api-key',
      token: { header: 'authorization', scheme: 'Bearer', value: 'login' },
    });
    const env = { ...map, auth: { ...map.auth, token: { source: 'env:PTV_V12_TOKEN' as const } } };
    expect(writeAuth(env, 'service.create', { PTV_V12_TOKEN: 'tkn' }).token).toEqual({
      header: 'authorization',
      scheme: 'Bearer',
      value: { literal: 'tkn' },
    });
    expect(() => writeAuth(env, 'service.create', {})).toThrow(
      expect.objectContaining({ code: 'PTVR_V12_ROUTE_UNAVAILABLE' }),
    );
    const none = { ...map, auth: { apiKeyHeader: 'X-Key', token: { source: 'none' as const } } };
    expect(writeAuth(none, 'service.create', {})).toEqual({ keyHeader: 'X-Key' });
  });
});

describe('routeFor', () => {
  it('null for what v12 cannot express', () => {
    for (const key of ['archive', 'connection.extraInfo', 'service.updateByExternalId'] as const)
      expect(routeFor(map, key)).toBeNull();
    expect(routeFor(map, 'service.create')).toMatchObject({ method: 'POST', path: '/api/v12/service' });
  });
});
