import { describe, expect, it } from 'vitest';
import { planSuites } from './planSuites.js';

const root = '/pkg';
const f = (name: string) => `/pkg/suites/${name}`;

describe('planSuites', () => {
  it('runs CONN first and V12 last on their own, everything between side by side, in the given order', () => {
    const files = [
      'conn.suite.ts',
      't1-organizations.suite.ts',
      't5-fields.suite.ts',
      'pit.suite.ts',
      'v12-readback.suite.ts',
    ].map(f);
    expect(planSuites(files, root).groups).toEqual([
      { alongside: false, files: [{ path: f('conn.suite.ts'), file: 'suites/conn.suite.ts' }] },
      {
        alongside: true,
        files: ['t1-organizations.suite.ts', 't5-fields.suite.ts', 'pit.suite.ts'].map((n) => ({
          path: f(n),
          file: `suites/${n}`,
        })),
      },
      {
        alongside: false,
        files: [{ path: f('v12-readback.suite.ts'), file: 'suites/v12-readback.suite.ts' }],
      },
    ]);
  });

  it('keeps a --suites subset as one group, and two CONN files as two groups', () => {
    expect(planSuites([f('t2-services.suite.ts')], root).groups).toEqual([
      { alongside: true, files: [{ path: f('t2-services.suite.ts'), file: 'suites/t2-services.suite.ts' }] },
    ]);
    const conns = planSuites([f('conn.suite.ts'), f('conn-extra.suite.ts')], root).groups;
    expect(conns.map((g) => [g.alongside, g.files.length])).toEqual([
      [false, 1],
      [false, 1],
    ]);
  });
});
