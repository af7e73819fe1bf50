/* eslint-disable @typescript-eslint/no-explicit-any -- parsed CLI JSON */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../core/toolVersion.js';

// Spawns the built CLI (npm run build first), as a user would.
const root = packageRoot();
const bin = join(root, 'dist', 'src', 'bin.js');
const dir = join(root, 'fixtures', 'examples-v12');
const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, 'validate', '--api', 'v12', ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
  });

const rulesByFile = (stdout: string): Record<string, string[]> =>
  Object.fromEntries(
    JSON.parse(stdout).entities.map((e: any) => [
      e.source.split('/').pop(),
      e.findings.map((f: any) => `${f.severity} ${f.rule} ${f.path}`),
    ]),
  );

describe('ptv-readiness validate --api v12 (built CLI)', () => {
  it('exits 0 for the valid example of every v12 kind, inferring each kind', () => {
    const files = [
      'service',
      'eservice-channel',
      'webpage-channel',
      'printableform-channel',
      'servicelocation-channel',
      'telephone-channel',
      'connection',
      'main-organization',
      'sub-organization',
    ];
    const r = cli(files.map((f) => join(dir, `${f}.json`)));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const f of files) expect(r.stdout).toContain(`${f}.json#0: kind inferred as ${f}`);
  });

  it('v12-migration.md §6 item 8: each vector gives exactly its findings; exit 1', () => {
    const r = cli([join(dir, 'invalid'), '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const byFile = rulesByFile(r.stdout);
    expect(byFile).toEqual({
      'service-alternativeName-missing.json': ['error v12.required /languageVersions/fi/alternativeName'],
      'service-publishingStatus.json': ['error v12.additionalProperties /publishingStatus'],
      'service-summary-leading-space.json': ['error v12.pattern.trim /languageVersions/fi/summary'],
      'service-description-5000-rendered.json': [
        'warning v12.renderedLengthUnverified /languageVersions/fi/description',
      ],
      'service-description-5001.json': ['error v12.renderedLength /languageVersions/fi/description'],
      'service-serviceClasses-5.json': ['error v12.maxItems /serviceClasses'],
      // Without --external-id the externalId key is not part of PostServiceRequest.
      'service-externalId-101.json': ['error v12.additionalProperties /externalId'],
      'main-organization-two-municipalities.json': ['error v12.maxItems /area/municipalities'],
      'service-fundingType-null.json': ['error v12.type /fundingType'],
      'telephone-channel-domestic-dialCode.json': [
        'error v12.additionalProperties /languageVersions/fi/phoneNumbers/0/dialCode',
      ],
    });
    const five = JSON.parse(r.stdout).entities.find((e: any) => e.source.endsWith('5000-rendered.json'));
    expect(five.valid).toBe(true);
  });

  it('--external-id selects ServiceExternalIdRequest: a 101-character externalId is one v12.maxLength', () => {
    const r = cli([
      '--kind',
      'service',
      '--external-id',
      '--json',
      join(dir, 'invalid', 'service-externalId-101.json'),
    ]);
    expect(r.status).toBe(1);
    const e = JSON.parse(r.stdout).entities[0];
    expect(e.schema).toBe('ServiceExternalIdRequest');
    expect(e.findings.map((f: any) => `${f.rule} ${f.path}`)).toEqual(['v12.maxLength /externalId']);
  });

  it('a v11 kind with --api v12 and a PUT the spec lacks are usage errors (exit 2, no stack)', () => {
    for (const args of [
      ['--kind', 'phone'],
      ['--kind', 'connection', '--op', 'put'],
    ]) {
      const r = cli([...args, '-'], '{}');
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^PTVR_USAGE: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
