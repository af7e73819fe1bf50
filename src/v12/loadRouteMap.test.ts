import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { v12Validator } from '../rules/v12/validateV12.js';
import type { V12RequestSchema } from '../rules/v12/schemas.js';
import { DEFAULT_ROUTE_MAP_FILE, loadRouteMap, parseRouteMap, routeBody } from './loadRouteMap.js';
import { ROUTE_KEYS, V12_CHANNEL_TYPES } from './routeMapSchema.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the map is edited freely
type Json = any;
const defaultMap = (): Json => JSON.parse(readFileSync(DEFAULT_ROUTE_MAP_FILE, 'utf8'));
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return { code: (err as { code: string }).code, message: (err as Error).message };
  }
  return undefined;
};

describe('loadRouteMap', () => {
  it('loads the bundled map: inferred, every route key present, a SHA-256 of the file', () => {
    const { map, sha256, file } = loadRouteMap();
    expect(file).toBe(DEFAULT_ROUTE_MAP_FILE);
    expect(map.status).toBe('inferred');
    expect(Object.keys(map.routes).sort()).toEqual([...ROUTE_KEYS].sort());
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    // v12 cannot express these (v12-migration.md §4.8): the cases that need them are skipped.
    expect(map.routes.archive).toBeNull();
    expect(map.routes['connection.extraInfo']).toBeNull();
    expect(map.routes['service.updateByExternalId']).toBeNull();
  });

  it('every body the bundled map names is one of our compiled v12 request schemas', () => {
    const { map } = loadRouteMap();
    for (const route of Object.values(map.routes)) {
      if (!route || route.method === 'DELETE') continue;
      const bodies =
        typeof route.body === 'string' ? [route.body] : V12_CHANNEL_TYPES.map((t) => routeBody(route, t)!);
      for (const b of bodies) expect(typeof v12Validator(b as V12RequestSchema)).toBe('function');
    }
  });

  it('a file named with --v12-routes replaces the default without code changes', () => {
    const m = defaultMap();
    m.status = 'published';
    m.source = 'DVV, 2027-03-01';
    m.routes['service.create'].path = '/api/v12/services';
    m.routes.archive = { method: 'DELETE', path: '/api/v12/service/{contentId}', success: [204] };
    const dir = mkdtempSync(join(tmpdir(), 'ptvr-routes-'));
    writeFileSync(join(dir, 'routes.json'), JSON.stringify(m));
    const loaded = loadRouteMap('routes.json', dir);
    expect(loaded.map.status).toBe('published');
    expect(loaded.map.routes['service.create']?.path).toBe('/api/v12/services');
    expect(loaded.map.routes.archive?.method).toBe('DELETE');
  });

  it.each([
    [
      'a body naming a schema that does not exist',
      (m: Json) => (m.routes['service.create'].body = 'PostServiceRequestV2'),
      /PostServiceRequestV2/,
    ],
    ['a missing route key', (m: Json) => delete m.routes['service.update'], /service\.update/],
    ['an unknown route key', (m: Json) => (m.routes['service.delete'] = null), /service\.delete/],
    ['a GET method', (m: Json) => (m.routes['service.create'].method = 'GET'), /method/],
    ['an unknown status', (m: Json) => (m.status = 'guessed'), /status/],
    [
      'an unknown path placeholder',
      (m: Json) => (m.routes['service.update'].path = '/api/v12/service/{id}'),
      /\{id\}/,
    ],
    ['a POST without a body', (m: Json) => delete m.routes['service.create'].body, /needs a body/],
    [
      'a channel route missing a channel type',
      (m: Json) => delete m.routes['channel.create'].body.Telephone,
      /channel\.create/,
    ],
  ])('refuses %s with PTVR_ROUTE_MAP_INVALID naming the problem', (_name, edit, problem) => {
    const m = defaultMap();
    edit(m);
    const e = codeOf(() => parseRouteMap(JSON.stringify(m), 'routes.json'));
    expect(e?.code).toBe('PTVR_ROUTE_MAP_INVALID');
    expect(e?.message).toMatch(problem);
  });

  it('refuses text that is not JSON, and a file that does not exist', () => {
    expect(codeOf(() => parseRouteMap('{', 'r.json'))?.code).toBe('PTVR_ROUTE_MAP_INVALID');
    expect(codeOf(() => loadRouteMap('/nonexistent/routes.json'))?.code).toBe('PTVR_CONFIG_NOT_FOUND');
  });
});
