import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { example, EXAMPLE_KINDS } from '../../test/support/examples.js';
import { crossFieldCases } from '../../suites/support/crossFieldCases.js';
import { FIELD_KINDS, buildValid, generateFieldCases } from '../../suites/support/fieldCases.js';
import type { FixtureContext } from '../../fixtures/index.js';
import { RULE_PROFILES } from './profiles.js';
import { loadRulesValidator, rulesDigest, rulesValidatorName } from './precompiledValidators.js';
import { precompiledFile } from '../core/precompiledValidator.js';
import { writeRulesValidators } from '../buildPrecompiled.js';
import { definitionsJson, schemaFor, validatorFor, validatorKey, validatorKeys } from './registry.js';
import { toFindings } from './toFindings.js';
import type { EntityKind, Operation, RuleProfile } from './types.js';

// Tests run from source, where the registry compiles with Ajv at run time; here the build's
// precompiled files are generated into a temp directory and must judge every vector identically.
const ctx: FixtureContext = {
  runId: '20261126T101500Z-sim-ab12',
  seed: 7,
  referenceDate: '2026-11-26T00:00:00.000Z',
  organizationId: '5d1b8f5e-9a52-4c0e-8c1d-3f0e2a7b6c01',
  caseId: 'FMT',
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ptvr-precompiled-'));
  writeRulesValidators(dir);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const precompiled = new Map<string, ValidateFunction>();
function bothPaths(kind: EntityKind, op: Operation, profile: RuleProfile) {
  const k = validatorKey(kind, op, profile);
  let pre = precompiled.get(k);
  if (!pre) {
    pre = loadRulesValidator(k, rulesDigest(schemaFor(kind, op, profile), definitionsJson()), dir);
    expect(pre, `precompiled ${k}`).toBeDefined();
    precompiled.set(k, pre!);
  }
  return { runtime: validatorFor(kind, op, profile), pre: pre! };
}

/** Ajv's errors without the judged data (the body itself; findings below read what they need). */
const shapeOf = (errors: readonly ErrorObject[] | null | undefined) =>
  (errors ?? []).map(({ instancePath, schemaPath, keyword, params, message }) => ({
    instancePath,
    schemaPath,
    keyword,
    params,
    message,
  }));

/** Validates with both and compares the verdict, Ajv's errors and the findings made from them. */
function expectSameJudgement(kind: EntityKind, op: Operation, profile: RuleProfile, body: unknown): number {
  const { runtime, pre } = bothPaths(kind, op, profile);
  const a = runtime(body);
  const runtimeErrors = runtime.errors ? [...runtime.errors] : null;
  const b = pre(body);
  expect(b).toBe(a);
  expect(shapeOf(pre.errors)).toEqual(shapeOf(runtimeErrors));
  expect(toFindings(pre.errors)).toEqual(toFindings(runtimeErrors));
  return runtimeErrors?.length ?? 0;
}

describe('precompiled validators', () => {
  it('writes one file per validator key', () => {
    const keys = validatorKeys();
    expect(keys.length).toBeGreaterThan(30);
    for (const { key } of keys)
      expect(readFileSync(precompiledFile(dir, rulesValidatorName(key)), 'utf8')).toContain('exports.create');
  });

  it('judge the T5 field and cross-field vectors exactly as the runtime-compiled ones', () => {
    let errors = 0;
    let vectors = 0;
    for (const profile of RULE_PROFILES)
      for (const kind of FIELD_KINDS)
        for (const op of ['post', 'put'] as const) {
          errors += expectSameJudgement(kind, op, profile, buildValid(kind, ctx));
          for (const c of generateFieldCases(kind, ctx, profile)) {
            for (const mutate of [c.mutate, c.atLimit]) {
              const body = mutate?.(buildValid(kind, ctx));
              if (body === undefined) continue;
              errors += expectSameJudgement(kind, op, profile, body);
              vectors++;
            }
          }
        }
    for (const profile of RULE_PROFILES)
      for (const c of crossFieldCases) {
        errors += expectSameJudgement(c.kind, 'post', profile, c.mutate(buildValid(c.kind, ctx)));
        vectors++;
      }
    // The vectors must actually exercise the error paths, or equality would prove little.
    expect(vectors).toBeGreaterThan(200);
    expect(errors).toBeGreaterThan(200);
  }, 120_000);

  it('judge the bundled examples and broken shapes of every kind alike', () => {
    const broken = (b: unknown): unknown[] => [
      b,
      {},
      [],
      null,
      'x',
      Array.isArray(b) ? [...b, { serviceId: 'not-a-guid', extra: 1 }] : { ...(b as object), extra: 1 },
      JSON.parse(JSON.stringify(b).replaceAll('"fi"', '"xx"').replaceAll('"Published"', '"Gone"')),
    ];
    for (const profile of RULE_PROFILES)
      for (const kind of EXAMPLE_KINDS)
        for (const op of ['post', 'put'] as const)
          for (const body of broken(example(kind))) expectSameJudgement(kind, op, profile, body);
  });

  it('is not used when its digest does not match the schema (a stale build)', () => {
    const key = validatorKeys()[0]!;
    const digest = rulesDigest(schemaFor(key.kind, key.op, key.profile), definitionsJson());
    expect(loadRulesValidator(key.key, digest, dir)).toBeDefined();
    expect(loadRulesValidator(key.key, 'f'.repeat(64), dir)).toBeUndefined();
    expect(loadRulesValidator(key.key, digest, join(dir, 'absent'))).toBeUndefined();
  });
});
