import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../core/toolVersion.js';
import { generateFmtV12Cases } from './fmtV12Cases.js';
import { validateV12 } from './validateV12.js';
import { V12_KINDS } from './v12Kinds.js';

const bases = Object.fromEntries(
  V12_KINDS.map((k) => [
    k,
    JSON.parse(readFileSync(join(packageRoot(), 'fixtures', 'examples-v12', `${k}.json`), 'utf8')) as unknown,
  ]),
);
const cases = generateFmtV12Cases(bases);

describe('generateFmtV12Cases', () => {
  it('generates at least 60 cases with unique ids, most of them expecting a refusal', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(cases.filter((c) => c.expected?.severity === 'error').length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.expected?.rule))).toEqual(
      new Set([
        undefined,
        'v12.required',
        'v12.type',
        'v12.additionalProperties',
        'v12.enum',
        'v12.maxLength',
        'v12.renderedLength',
        'v12.renderedLengthUnverified',
        'v12.pattern.trim',
        'v12.pattern.url',
        'v12.format',
        'v12.maxItems',
        'v12.minItems',
      ]),
    );
  });

  it.each(cases.map((c) => [c.id, c.title, c] as const))(
    '%s %s: validate --api v12 gives exactly the expected finding',
    (_id, _t, c) => {
      const r = validateV12(c.body, { kind: c.kind, op: c.op });
      expect(r.findings.map((f) => ({ rule: f.rule, path: f.path, severity: f.severity }))).toEqual(
        c.expected ? [c.expected] : [],
      );
    },
  );
});
