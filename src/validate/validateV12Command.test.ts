import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/main.js';
import { packageRoot } from '../core/toolVersion.js';
import { DEFAULT_ROUTE_MAP_FILE } from '../v12/loadRouteMap.js';

/** Runs the real CLI in-process with captured streams. */
async function cli(args: string[], cwd = packageRoot(), api: string[] = ['--api', 'v12']) {
  let out = '';
  let err = '';
  const code = await runCli(['validate', ...api, ...args], {
    io: { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } },
    signal: new AbortController().signal,
    env: {},
    cwd,
  });
  return { code, out, err };
}

const service = join(packageRoot(), 'fixtures', 'examples-v12', 'service.json');

describe('validate --api v12 --route', () => {
  it('takes the body schema from the bundled route map', async () => {
    const r = await cli(['--route', 'service.create', '--json', service]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).entities[0].schema).toBe('PostServiceRequest');
  });

  it('--v12-routes replaces the map: the same route key now takes the external-id body', async () => {
    const map = JSON.parse(readFileSync(DEFAULT_ROUTE_MAP_FILE, 'utf8'));
    map.status = 'published';
    map.routes['service.create'].body = 'ServiceExternalIdRequest';
    const dir = mkdtempSync(join(tmpdir(), 'ptvr-v12routes-'));
    writeFileSync(join(dir, 'routes.json'), JSON.stringify(map));
    const r = await cli(['--route', 'service.create', '--v12-routes', 'routes.json', '--json', service], dir);
    expect(r.code).toBe(1);
    const e = JSON.parse(r.out).entities[0];
    expect(e.schema).toBe('ServiceExternalIdRequest');
    expect(e.findings).toEqual([expect.objectContaining({ rule: 'v12.required', path: '/externalId' })]);
  });

  it('a route v12 cannot express, and a broken route map, exit 2 with their codes', async () => {
    const archive = await cli(['--route', 'archive', service]);
    expect(archive.code).toBe(2);
    expect(archive.err).toMatch(/^PTVR_USAGE: route archive is null/);
    const dir = mkdtempSync(join(tmpdir(), 'ptvr-v12routes-'));
    writeFileSync(join(dir, 'routes.json'), '{"status":"inferred"}');
    const broken = await cli(['--route', 'service.create', '--v12-routes', 'routes.json', service], dir);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/^PTVR_ROUTE_MAP_INVALID: /);
  });
});

describe('validate --to-v12', () => {
  const v11Service = join(packageRoot(), 'fixtures', 'examples', 'service.json');

  it('translates a v11 service, lists what v12 cannot carry as warnings and prints the request with --json', async () => {
    const r = await cli(['--to-v12', '--json', v11Service], packageRoot(), []);
    expect(r.code).toBe(0);
    const e = JSON.parse(r.out).entities[0];
    expect(e.schema).toBe('PostServiceRequest');
    expect(e.findings.map((f: { rule: string; path: string }) => `${f.rule} ${f.path}`)).toEqual([
      'v12.dropped /publishingStatus',
      'v12.dropped /sourceId',
    ]);
    expect(e.translated.languageVersions.fi.name).toBe('Uimahallin yleisövuorot');
  });

  it('a translated body that breaks a v12 rule fails (exit 1) with the v12 finding', async () => {
    const s = JSON.parse(readFileSync(v11Service, 'utf8'));
    s.serviceClasses = ['P1', 'P2', 'P3', 'P4', 'P5'].map(
      (c) => `http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/${c}`,
    );
    const dir = mkdtempSync(join(tmpdir(), 'ptvr-tov12-'));
    writeFileSync(join(dir, 's.json'), JSON.stringify(s));
    const r = await cli(['--to-v12', '--json', join(dir, 's.json')], dir, []);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).entities[0].findings).toContainEqual(
      expect.objectContaining({ rule: 'v12.maxItems', path: '/serviceClasses' }),
    );
  });
});

describe('validate --to-v12 (every kind)', () => {
  const examples = join(packageRoot(), 'fixtures', 'examples');
  it.each([
    ['echannel.json', 'eservice-channel', 'PostEServiceChannelRequest'],
    ['phone.json', 'telephone-channel', 'PostTelephoneChannelRequest'],
    ['webpage.json', 'webpage-channel', 'PostWebPageChannelRequest'],
    ['printableform.json', 'printableform-channel', 'PostPrintableFormChannelRequest'],
    ['servicelocation.json', 'servicelocation-channel', 'PostServiceLocationChannelRequest'],
    ['organization.json', 'sub-organization', 'PostSubOrganizationRequest'],
  ])('translates the v11 example %s into a valid %s request', async (file, kind, schema) => {
    const r = await cli(['--to-v12', '--json', join(examples, file)], packageRoot(), []);
    const e = JSON.parse(r.out).entities[0];
    expect(e.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(r.code).toBe(0);
    expect(e).toMatchObject({ kind, schema });
    expect(e.findings.map((f: { rule: string; path: string }) => `${f.rule} ${f.path}`)).toContain(
      'v12.dropped /publishingStatus',
    );
  });

  it('a service collection has no v12 request: exit 2, PTVR_USAGE', async () => {
    const r = await cli(['--to-v12', join(examples, 'servicecollection.json')], packageRoot(), []);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^PTVR_USAGE: .*v12 has no request for a servicecollection/);
  });
});
