import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../core/toolVersion.js';
import { validateV12 } from './validateV12.js';
import { inferV12Kind, V12_KINDS, type V12Kind } from './v12Kinds.js';

const dir = join(packageRoot(), 'fixtures', 'examples-v12');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- example bodies are mutated freely
const read = (f: string): any => JSON.parse(readFileSync(join(dir, f), 'utf8'));

/** v12-migration.md §6 item 8: each vector gives exactly these findings (rule, JSON pointer, severity). */
const ACCEPTANCE_8: readonly {
  file: string;
  kind: V12Kind;
  externalId?: boolean;
  expected: { rule: string; path: string; severity?: 'error' | 'warning'; message?: RegExp }[];
}[] = [
  { file: 'service.json', kind: 'service', expected: [] },
  {
    file: 'invalid/service-alternativeName-missing.json',
    kind: 'service',
    expected: [{ rule: 'v12.required', path: '/languageVersions/fi/alternativeName', message: /send null/ }],
  },
  {
    file: 'invalid/service-publishingStatus.json',
    kind: 'service',
    expected: [{ rule: 'v12.additionalProperties', path: '/publishingStatus' }],
  },
  {
    file: 'invalid/service-summary-leading-space.json',
    kind: 'service',
    expected: [{ rule: 'v12.pattern.trim', path: '/languageVersions/fi/summary', message: /leading space/ }],
  },
  {
    file: 'invalid/service-description-5000-rendered.json',
    kind: 'service',
    expected: [
      { rule: 'v12.renderedLengthUnverified', path: '/languageVersions/fi/description', severity: 'warning' },
    ],
  },
  {
    file: 'invalid/service-description-5001.json',
    kind: 'service',
    expected: [{ rule: 'v12.renderedLength', path: '/languageVersions/fi/description' }],
  },
  {
    file: 'invalid/service-serviceClasses-5.json',
    kind: 'service',
    expected: [{ rule: 'v12.maxItems', path: '/serviceClasses' }],
  },
  {
    file: 'invalid/service-externalId-101.json',
    kind: 'service',
    externalId: true,
    expected: [{ rule: 'v12.maxLength', path: '/externalId' }],
  },
  {
    file: 'invalid/main-organization-two-municipalities.json',
    kind: 'main-organization',
    expected: [{ rule: 'v12.maxItems', path: '/area/municipalities' }],
  },
  {
    file: 'invalid/service-fundingType-null.json',
    kind: 'service',
    expected: [{ rule: 'v12.type', path: '/fundingType', message: /not nullable/ }],
  },
  {
    file: 'invalid/telephone-channel-domestic-dialCode.json',
    kind: 'telephone-channel',
    expected: [{ rule: 'v12.additionalProperties', path: '/languageVersions/fi/phoneNumbers/0/dialCode' }],
  },
];

describe('validateV12: v12-migration.md §6 item 8', () => {
  it.each(ACCEPTANCE_8)(
    '$file gives exactly $expected.length finding(s)',
    ({ file, kind, externalId, expected }) => {
      const r = validateV12(read(file), { kind, op: 'post', externalId });
      expect(r.findings.map((f) => ({ rule: f.rule, path: f.path, severity: f.severity }))).toEqual(
        expected.map((e) => ({ rule: e.rule, path: e.path, severity: e.severity ?? 'error' })),
      );
      expected.forEach((e, i) => {
        if (e.message) expect(r.findings[i]!.message).toMatch(e.message);
      });
      expect(r.valid).toBe(expected.every((e) => e.severity === 'warning'));
    },
  );
});

describe('validateV12', () => {
  const valid = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it('accepts every bundled valid example as POST and PUT of its inferred kind', () => {
    expect(valid.map((f) => inferV12Kind(read(f))).sort()).toEqual([...V12_KINDS].sort());
    for (const f of valid) {
      const kind = inferV12Kind(read(f))!;
      expect(validateV12(read(f), { kind, op: 'post' }).findings, f).toEqual([]);
      if (kind !== 'connection') expect(validateV12(read(f), { kind, op: 'put' }).findings, f).toEqual([]);
    }
  });

  it('an empty object gets the required keys of the union only, never every branch’s errors', () => {
    const r = validateV12({}, { kind: 'service', op: 'post' });
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'v12.required', path: '/serviceType' })]);
  });

  it('an unknown type constant gives one v12.enum finding listing the allowed values', () => {
    const body = read('service.json');
    body.serviceType = 'Permit';
    const r = validateV12(body, { kind: 'service', op: 'post' });
    expect(r.findings).toEqual([
      expect.objectContaining({
        rule: 'v12.enum',
        path: '/serviceType',
        message: expect.stringContaining('Service, ProfessionalQualification, PermitOrOtherObligation'),
      }),
    ]);
  });

  it('a branch selected by its tag reports its own required keys (a professional qualification’s time texts)', () => {
    const body = read('service.json');
    body.serviceType = 'ProfessionalQualification';
    const r = validateV12(body, { kind: 'service', op: 'post' });
    const missing = r.findings.filter((f) => f.rule === 'v12.required').map((f) => f.path);
    expect(missing).toHaveLength(9); // 3 time texts × 3 languages
    expect(missing).toContain('/languageVersions/sv/deadlineAdditionalInformation');
    expect(r.findings.every((f) => f.rule === 'v12.required' && /send null/.test(f.message))).toBe(true);
  });

  it('names the TRIM cause: trailing space and line break', () => {
    const body = read('service.json');
    body.languageVersions.sv.name = 'Simhall ';
    body.languageVersions.en.summary = 'Two\nlines';
    const r = validateV12(body, { kind: 'service', op: 'post' });
    expect(r.findings.map((f) => [f.path, f.message.match(/\((.*)\)/)?.[1]])).toEqual([
      ['/languageVersions/sv/name', 'trailing space'],
      ['/languageVersions/en/summary', 'line break'],
    ]);
  });

  it('a wrong type is one finding, not a type error plus its enum and pattern errors', () => {
    const body = read('service.json');
    body.chargeType = 5;
    const r = validateV12(body, { kind: 'service', op: 'post' });
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: 'v12.type', path: '/chargeType', message: 'must be a string or null' }),
    ]);
  });

  it('accepts extra keys where the spec leaves the object open (ConnectionRequest)', () => {
    const r = validateV12({ ...read('connection.json'), note: 'x' }, { kind: 'connection', op: 'post' });
    expect(r.findings).toEqual([]);
  });

  it('refuses a kind/operation the spec has no request for with PTVR_USAGE', () => {
    expect(() => validateV12({}, { kind: 'connection', op: 'put' })).toThrow(
      expect.objectContaining({ code: 'PTVR_USAGE' }),
    );
    expect(() => validateV12({}, { kind: 'telephone-channel', op: 'post', externalId: true })).toThrow(
      expect.objectContaining({ code: 'PTVR_USAGE' }),
    );
  });
});
