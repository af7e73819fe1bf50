/* eslint-disable @typescript-eslint/no-explicit-any -- walks example payloads generically */
import { describe, expect, it } from 'vitest';
import { describeFieldRules, toPtvKey, validatePayload } from './index.js';
import { example, EXAMPLE_KINDS } from '../../test/support/examples.js';

/** Concrete path for a descriptor template ('*' → item 0), creating missing objects/arrays on the way. */
function ensurePath(body: any, path: readonly string[]): (string | number)[] {
  const out: (string | number)[] = [];
  let node = body;
  for (let i = 0; i < path.length; i++) {
    const key: string | number = path[i] === '*' ? 0 : path[i]!;
    out.push(key);
    if (i === path.length - 1) break;
    if (node[key] == null || typeof node[key] !== 'object') node[key] = path[i + 1] === '*' ? [] : {};
    node = node[key];
  }
  return out;
}

function setAt(body: any, path: readonly (string | number)[], value: unknown): void {
  let node = body;
  for (const seg of path.slice(0, -1)) node = node[seg];
  node[path[path.length - 1]!] = value;
}

describe('every enum value accepted, wrong case rejected (descriptors drive the cases)', () => {
  for (const kind of EXAMPLE_KINDS) {
    const enums = describeFieldRules(kind, 'post').filter((d) => d.rule === 'enum');
    it(`${kind}: ${enums.length} enum fields`, () => {
      for (const d of enums) {
        const probe = example(kind);
        const path = ensurePath(probe, d.path);
        // A `ListWithEnum` on the list (printable form's ChannelUrls Type) is keyed by the list.
        const key = d.keyAt === 'list' ? toPtvKey(path.slice(0, d.path.lastIndexOf('*'))) : toPtvKey(path);
        const enumErrorsWith = (v: string) => {
          const b = example(kind);
          ensurePath(b, d.path);
          setAt(b, path, v);
          return validatePayload(b, { kind, op: 'post' }).findings.filter(
            (f) => f.rule === 'enum' && f.path === key,
          );
        };
        for (const v of d.values ?? []) expect(enumErrorsWith(v), `${kind} ${key}=${v}`).toEqual([]);
        const first = d.values![0]!;
        const wrong = first.toLowerCase() === first ? first.toUpperCase() : first.toLowerCase();
        expect(enumErrorsWith(wrong).length, `${kind} ${key}=${wrong}`).toBe(1);
      }
      expect(enums.length).toBeGreaterThan(0);
    });
  }
});

describe('describeFieldRules', () => {
  it('derives type-dependent limits per profile from the schemas', () => {
    const live = describeFieldRules('service', 'post', 'live2026');
    const old = describeFieldRules('service', 'post', 'ptv34');
    const desc = (ds: typeof live) =>
      ds.find(
        (d) =>
          d.rule === 'maxLength' &&
          d.whenItem?.type === 'Description' &&
          d.path.join('.') === 'serviceDescriptions.*.value',
      );
    expect(desc(live)?.limit).toBe(5000);
    expect(desc(old)?.limit).toBe(2500);
    expect(live.find((d) => d.rule === 'codeList' && d.path.join('.') === 'languages.*')?.codeList).toBe(
      'language',
    );
    expect(live.find((d) => d.rule === 'required' && d.path.join('.') === 'publishingStatus')?.message).toBe(
      'The PublishingStatus field is required.',
    );
  });
});

describe('registry', () => {
  it('every kind × op × profile schema compiles under strict mode and yields descriptors', () => {
    const kinds = [...EXAMPLE_KINDS, 'connections-source', 'connection-put-source'] as const;
    for (const kind of kinds)
      for (const op of ['post', 'put'] as const)
        for (const profile of ['live2026', 'ptv34'] as const) {
          expect(() => validatePayload({}, { kind, op, profile })).not.toThrow();
          expect(describeFieldRules(kind, op, profile).length, `${kind} ${op} ${profile}`).toBeGreaterThan(0);
        }
  });
});
