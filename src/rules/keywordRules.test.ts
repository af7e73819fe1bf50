import { describe, expect, it } from 'vitest';
import { KEYWORD_RULES, jsonPathOf, listCodesMessage } from './keywordRules.js';
import { msg } from './messages.js';
import type { Schema } from './schemas/index.js';

const rule = (keyword: string) => KEYWORD_RULES[keyword]!;

describe('KEYWORD_RULES: one key and message per keyword for validator and descriptors', () => {
  it('a template path and a concrete path get the same key kind and message', () => {
    const cases: [string, Schema, (string | number)[], (string | number)[]][] = [
      [
        'ptvMinLength5',
        { ptvMinLength5: true },
        ['serviceNames', '*', 'value'],
        ['serviceNames', 2, 'value'],
      ],
      ['ptvMinLength5', { ptvMinLength5: true }, ['summary'], ['summary']],
      ['maxLength', { maxLength: 150, 'x-ptvList': 'Summary' }, ['d', '*', 'value'], ['d', 0, 'value']],
      ['maxLength', { maxLength: 100 }, ['serviceNames', '*', 'value'], ['serviceNames', 1, 'value']],
      ['required', {}, ['addresses', '*', 'type'], ['addresses', 3, 'type']],
    ];
    for (const [keyword, schema, template, concrete] of cases) {
      const k = rule(keyword);
      expect(k.keyAt(schema, template), `${keyword} ${template.join('.')}`).toBe(k.keyAt(schema, concrete));
      expect(k.message(schema, template)).toBe(k.message(schema, concrete, 'x'));
    }
  });

  it('list-level attributes are keyed at the list; reader errors at the JSON path', () => {
    expect(rule('ptvMinLength5').keyAt({}, ['names', 0, 'value'])).toBe('list');
    expect(rule('ptvMinLength5').message({}, ['names', 0, 'value'])).toBe(msg.min5List());
    expect(rule('maxLength').message({ maxLength: 150, 'x-ptvList': 'Summary' }, ['d', 0, 'value'])).toBe(
      msg.listMaxLength('Summary', 150),
    );
    const guidList: Schema = { format: 'ptv-guid', 'x-ptvReader': true };
    expect(rule('format').keyAt(guidList, ['otherResponsibleOrganizations', 0])).toBe('json');
    expect(jsonPathOf(['otherResponsibleOrganizations', 0])).toBe('otherResponsibleOrganizations[0]');
  });

  it('messages that depend on the value sent are left out of descriptors (no value)', () => {
    const allowed: Schema = { enum: ['A', 'B'], 'x-ptvAllowed': true };
    expect(rule('enum').message(allowed, ['areaType'])).toBeUndefined();
    expect(rule('enum').message(allowed, ['areaType'], 'C')).toBe(
      msg.allowedValues('C', 'AreaType', ['A', 'B']),
    );
    expect(rule('enum').message({ enum: ['A'] }, ['areaType'])).toBe(msg.enum(['A']));
    expect(rule('format').message({ format: 'ptv-date-time' }, ['validFrom'])).toBeUndefined();
    expect(rule('ptvCodeList').message({ ptvCodeList: 'municipality' }, ['municipality'])).toBeUndefined();
    expect(rule('ptvCodeList').message({ ptvCodeList: 'municipality' }, ['municipality'], '999')).toBe(
      msg.codeNotFound('999'),
    );
  });

  it('list-level code lists: one message for all unknown codes, codes vs uris', () => {
    expect(rule('ptvCodeList').keyAt({ ptvCodeList: 'language' }, ['languages', 0])).toBe('list');
    expect(listCodesMessage('language', ['xx', 'yy'])).toBe(msg.codesNotFound('xx, yy'));
    expect(listCodesMessage('serviceClass', ['u'])).toBe(msg.urisNotFound('u'));
  });

  it('keywords only the validator reports are not described', () => {
    expect(rule('type').described({ type: 'string' })).toBe(false);
    expect(rule('ptvNonBlank').described({ ptvNonBlank: true })).toBe(false);
    expect(rule('pattern').described({ pattern: '^a$' })).toBe(false);
    expect(rule('pattern').described({ pattern: '^a$', 'x-ptvRegex': '^a$' })).toBe(true);
  });
});
