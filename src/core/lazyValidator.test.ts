import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsPkg from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleModel } from '../../test/support/sampleModel.js';
import { writeDocumentValidators } from '../buildPrecompiled.js';
import { declaredDocumentValidators } from './lazyValidator.js';
import { loadPrecompiled, schemaDigest } from './precompiledValidator.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ptvr-precompiled-docs-'));
  writeDocumentValidators(dir);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sampleReport = (): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL('../../docs/sample-report/report.json', import.meta.url), 'utf8'));

/** Valid and broken documents of each kind; the same verdict and errors must come from both paths. */
const vectors: Record<string, unknown[]> = {
  config: [
    {},
    { target: 'sim', seed: 7, organization: { name: 'Kunta', businessId: '1234567-8' } },
    { target: 'moon', seed: -1, apiUrl: 'not a url', tester: { email: 'x@' }, extra: true },
    { referenceDate: '2026-13-45', organizationId: 'nope', formats: ['md', 'md'] },
    null,
  ],
  'report model': [
    sampleReport(),
    sampleModel(),
    { ...sampleReport(), schemaVersion: 'x', cases: 'none' },
    { ...sampleModel(), startedAt: 'yesterday', unknownKey: 1 },
    {},
  ],
  'content.json': [{}, { schemaVersion: 1 }, [], 'x'],
};

describe('precompiled document validators', () => {
  it('cover every declared document validator', () => {
    expect(
      declaredDocumentValidators()
        .map((d) => d.what)
        .sort(),
    ).toEqual(Object.keys(vectors).sort());
  });

  it.each(Object.keys(vectors))('%s: judge like the runtime-compiled validator', (what) => {
    const { schema } = declaredDocumentValidators().find((d) => d.what === what)!;
    const pre = loadPrecompiled(`doc.${what}`, schemaDigest(JSON.stringify(schema)), {}, dir);
    expect(pre).toBeDefined();
    const ajv = new Ajv({ strict: true, allErrors: true });
    addFormatsPkg.default(ajv);
    const runtime = ajv.compile(schema);
    let invalid = 0;
    for (const doc of vectors[what]!) {
      const ok = runtime(doc);
      expect(pre!(doc)).toBe(ok);
      expect(pre!.errors ?? null).toEqual(runtime.errors ?? null);
      if (!ok) invalid++;
    }
    expect(invalid).toBeGreaterThan(1);
  });

  it('a stale file (another schema) is not used', () => {
    expect(loadPrecompiled('doc.config', schemaDigest('{}'), {}, dir)).toBeUndefined();
  });
});
