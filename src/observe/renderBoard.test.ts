import { describe, expect, it } from 'vitest';
import { coverageOf, type Observation } from './coverageBoard.js';
import type { Classification } from './observeTypes.js';
import { boardChanges, renderBoard } from './renderBoard.js';

const obs = (seq: number, demonstrates: string[], extra: Partial<Classification> = {}): Observation => ({
  seq,
  classification: {
    operation: 'create',
    title: 't',
    route: '/r',
    demonstrates,
    notes: [],
    findings: [],
    ptvMessages: [],
    isCase: true,
    ...extra,
  },
});

describe('coverage board', () => {
  it('starts with everything missing and not covered', () => {
    const b = coverageOf([]);
    expect(b.covered).toBe(false);
    expect(b.items.every((i) => i.state === 'missing')).toBe(true);
    expect(renderBoard(b, false)).toEqual([
      '  · CONN login ·  token ·',
      '  · T1   create ·  modify ·',
      '  · T2   create ·  modify ·',
      '  · T3   EChannel ··  Phone ··  WebPage ··  PrintableForm ··  ServiceLocation ··',
      '  · T4   add ·  info ·  modify ·',
      '  · T5   writes ·',
      '  · T6   archive ·  restore ·',
      '  0 exchange(s) observed; waiting for traffic',
    ]);
  });

  it('marks demonstrated and failed rows; an item with a failed case is failed', () => {
    const b = coverageOf([
      obs(1, ['login'], { item: 'CONN' }),
      obs(2, ['Phone-create'], { item: 'T3' }),
      obs(3, ['Phone-modify-id'], {
        item: 'T3',
        findings: [{ path: 'x', message: 'm', rule: 'readback.mismatch', severity: 'error' }],
      }),
    ]);
    const lines = renderBoard(b, false);
    expect(lines[0]).toBe('  · CONN login ✓  token ·');
    expect(lines[3]).toBe('  ✗ T3   EChannel ··  Phone ✓✗  WebPage ··  PrintableForm ··  ServiceLocation ··');
    expect(b.rows.find((r) => r.id === 'T3.Phone.modify')).toMatchObject({ state: 'failed', by: [3] });
  });

  it('is covered once every required row was exercised; restore is optional', () => {
    const all = [
      'login',
      'token-use',
      'org-create',
      'org-modify-id',
      'service-create',
      'service-modify-sourceId',
      ...['EChannel', 'Phone', 'WebPage', 'PrintableForm', 'ServiceLocation'].flatMap((t) => [
        `${t}-create`,
        `${t}-modify-id`,
      ]),
      'connection-add',
      'connection-info',
      'connection-modify',
      'write-judged',
      'archive-id',
    ];
    const b = coverageOf(all.map((d, i) => obs(i + 1, [d])));
    expect(b.covered).toBe(true);
    expect(b.items.every((i) => i.state === 'demonstrated')).toBe(true);
    expect(coverageOf(all.slice(0, -1).map((d, i) => obs(i + 1, [d]))).covered).toBe(false);
  });

  it('plain mode prints only what changed', () => {
    const a = coverageOf([obs(1, ['login'])]);
    const b = coverageOf([obs(1, ['login']), obs(2, ['token-use'])]);
    expect(boardChanges(undefined, a)).toEqual(['CONN login (api-login answered a token): demonstrated']);
    expect(boardChanges(a, b)).toEqual(['CONN token used on the API: demonstrated', 'CONN: demonstrated']);
    expect(boardChanges(b, b)).toEqual([]);
  });

  it('paints marks only when colour is on', () => {
    const line = renderBoard(coverageOf([obs(1, ['login'])]), true)[0]!;
    expect(line).toContain('\x1b[32m✓\x1b[0m');
  });
});
