import { describe, expect, it } from 'vitest';
import { readDefaultRouteMap } from '../../../v12/defaultRouteMap.js';
import { loadRouteMap } from '../../../v12/loadRouteMap.js';
import { v12WriteRoutes } from './v12WriteRoutes.js';

describe('v12WriteRoutes', () => {
  it('serves every non-null route of the bundled map, one per channel type where the path has {type}', () => {
    const routes = v12WriteRoutes(readDefaultRouteMap());
    expect(routes.map((r) => `${r.method} ${r.path}`).sort()).toEqual(
      [
        'POST /api/v12/service',
        'PUT /api/v12/service/{contentId}',
        'POST /api/v12/connection',
        'DELETE /api/v12/connection/{serviceContentId}/{channelContentId}',
        'POST /api/v12/organization',
        'PUT /api/v12/organization/{contentId}',
        ...['e-service', 'web-page', 'printable-form', 'service-location', 'telephone'].flatMap((s) => [
          `POST /api/v12/service-channel/${s}`,
          `PUT /api/v12/service-channel/${s}/{contentId}`,
        ]),
      ].sort(),
    );
    // The login token the map asks for is the simulator's bearer check.
    expect(new Set(routes.map((r) => r.auth))).toEqual(new Set(['W']));
  });

  it('the bundled map read without Ajv is the map loadRouteMap validates', () => {
    expect(readDefaultRouteMap()).toEqual(loadRouteMap().map);
  });

  it('a map without a token and with one channel path serves that path once, key only', () => {
    const map = structuredClone(readDefaultRouteMap());
    map.auth.token = { source: 'none' };
    map.routes['channel.create']!.path = '/api/v12/channels';
    const routes = v12WriteRoutes(map);
    expect(routes.filter((r) => r.path === '/api/v12/channels')).toHaveLength(1);
    expect(new Set(routes.map((r) => r.auth))).toEqual(new Set(['A']));
  });
});
