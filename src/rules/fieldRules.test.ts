/* eslint-disable @typescript-eslint/no-explicit-any -- generic payload surgery */
import { describe, expect, it } from 'vitest';
import {
  describeFieldRules,
  toPtvErrorBody,
  toPtvKey,
  validatePayload,
  type FieldRuleDescriptor,
} from './index.js';
import { example, EXAMPLE_KINDS } from '../../test/support/examples.js';

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

const BAD_CODE: Record<string, string> = {
  postalCode: '29170',
  municipality: '999',
  country: 'XX',
  dialCode: '+999',
  language: 'xx',
  serviceClass: 'http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P99',
  targetGroup: 'http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR3.9',
};

function violation(d: FieldRuleDescriptor): { value: string; message: string } | undefined {
  switch (d.rule) {
    case 'maxLength':
      return { value: 'a'.repeat(d.limit! + 1), message: d.message! };
    case 'minLength5':
      return { value: 'abc', message: d.message! };
    case 'pattern':
      return { value: '!!', message: d.message! };
    case 'codeList': {
      const v = BAD_CODE[d.codeList!];
      if (!v) return undefined;
      const message =
        d.codeList === 'language'
          ? `Some of the codes were not found: '${v}'`
          : d.keyAt
            ? `Some of the uris were not found: '${v}'`
            : `The code '${v}' was not found!`;
      return { value: v, message };
    }
    default:
      return undefined;
  }
}

describe('descriptors agree with the validator (what the T5 suite relies on)', () => {
  for (const kind of EXAMPLE_KINDS) {
    it(`${kind}`, () => {
      let checked = 0;
      for (const d of describeFieldRules(kind, 'post')) {
        const v = violation(d);
        if (!v) continue;
        const body = example(kind);
        const path = ensurePath(body, d.path);
        let node = body;
        for (const seg of path.slice(0, -1)) node = node[seg];
        node[path[path.length - 1]!] = v.value;
        if (d.whenItem) Object.assign(node, d.whenItem);
        const star = d.path.lastIndexOf('*');
        const key = d.keyAt === 'list' ? toPtvKey(path.slice(0, star)) : toPtvKey(path);
        const errors = toPtvErrorBody(validatePayload(body, { kind, op: 'post' }).findings);
        expect(errors[key], `${d.rule} ${d.path.join('.')} ${JSON.stringify(d.whenItem ?? {})}`).toContain(
          v.message,
        );
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
    });
  }
});
