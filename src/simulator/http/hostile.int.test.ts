import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../../core/jsonDepth.js';
import { startSim, type TestSim } from '../../../test/support/sim.js';
import { PAD_BYTES } from './padStrings.js';

const deep = (d: number): string => '{"a":'.repeat(d) + '1' + '}'.repeat(d);

describe('simulator: deep bodies are a PTV-like 400, never a 500 or a stack overflow', () => {
  let t: TestSim;
  beforeAll(async () => {
    t = await startSim();
  });
  afterAll(() => t.close());

  it('answers 400 ModelState with MaxDepth to a 100k-deep body on every write route shape', async () => {
    for (const path of ['/api/v11/Service', '/api/v11/ServiceChannel/EChannel', '/api/v11/Organization']) {
      const r = await t.call('POST', path, deep(100_000));
      expect(r.status).toBe(400);
      expect(r.json).toEqual({ '': [`The reader's MaxDepth of ${MAX_JSON_DEPTH} has been exceeded.`] });
    }
    const arr = await t.call('POST', '/api/v11/Connection', '['.repeat(100_000) + ']'.repeat(100_000));
    expect(arr.status).toBe(400);
  });

  it('still judges a body at the depth limit by the rules (not refused as too deep)', async () => {
    const r = await t.call('POST', '/api/v11/Service', deep(MAX_JSON_DEPTH - 1));
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.json)).not.toContain('MaxDepth');
  });
});

describe('simulator defect pad-strings (hostile server)', () => {
  let t: TestSim;
  beforeAll(async () => {
    t = await startSim({ defects: ['pad-strings'] });
  });
  afterAll(() => t.close());

  it('pads every string value of an API answer with 1 MB of hostile text, not the login', async () => {
    expect(t.token.length).toBeLessThan(10_000);
    const r = await t.call('GET', `/api/v11/Organization/${t.sim.organizationId}`);
    expect(r.status).toBe(200);
    const org = r.json as { id: string; organizationNames: { value: string }[] };
    expect(org.id.startsWith(t.sim.organizationId)).toBe(true);
    expect(org.id.length).toBeGreaterThan(PAD_BYTES / 2);
    expect(org.organizationNames[0]!.value).toContain('<script>alert(1)</script>');
    expect(org.organizationNames[0]!.value).toContain('\u0001');
  });
});
