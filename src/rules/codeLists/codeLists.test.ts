/* eslint-disable @typescript-eslint/no-explicit-any -- table helpers */
import { describe, expect, it } from 'vitest';
import { ISO_3166_1_ALPHA2, ISO_639_1, ITU_DIAL_PREFIXES } from './isoLists.js';
import { isValidBusinessId } from './businessId.js';
import {
  municipalities,
  municipalityRowsFromKoodisto,
  postalCodeRowsFromPackage,
  postalCodes,
  serviceClasses,
  serviceClassRowsFromKoodisto,
  targetGroups,
} from './finnishCodes.js';
import { checkPublishingTransition, inferKind } from '../index.js';
import { example, EXAMPLE_KINDS } from '../../../test/support/examples.js';

describe('code lists', () => {
  it('Posti postal codes carry municipality codes (00100 Helsinki = 091)', () => {
    expect(postalCodes().get('00100')?.municipalityCode).toBe('091');
    expect(postalCodes().size).toBeGreaterThan(3000);
    expect(municipalities().get('091')?.nameFi).toBe('Helsinki');
    expect(municipalities().has('51')).toBe(false);
  });
  it("postal_codes.json holds Posti's map from the npm package, in its order (else `npm run data:postal`)", () => {
    const fromPackage = postalCodeRowsFromPackage();
    expect([...postalCodes()].map(([code, i]) => [code, i.nameFi, i.nameSv, i.municipalityCode])).toEqual(
      fromPackage,
    );
  });
  it('municipalities.json and service_classes.json hold the koodisto files beside them (else `npm run data:codelists`)', () => {
    expect([...municipalities()].map(([code, m]) => [code, m.nameFi, m.nameSv])).toEqual(
      municipalityRowsFromKoodisto(),
    );
    const fromKoodisto = serviceClassRowsFromKoodisto();
    expect(serviceClasses().map((c) => [c.uri, c.code, c.main, c.names])).toEqual(
      fromKoodisto.map(([uri, code, broader, names]) => [uri, code, broader === null, names]),
    );
    expect(serviceClasses()).toHaveLength(228);
    expect(municipalities().size).toBe(309);
  });
  it('service classes know main classes; target groups are the 17 KR codes', () => {
    expect(serviceClasses().find((c) => c.code === 'P27')?.main).toBe(true);
    expect(serviceClasses().find((c) => c.code === 'P27.1')?.main).toBe(false);
    expect(targetGroups()).toHaveLength(17);
  });
  it('ISO lists are complete', () => {
    expect(ISO_3166_1_ALPHA2).toHaveLength(249);
    expect(ISO_639_1.length).toBeGreaterThanOrEqual(183);
    expect(ITU_DIAL_PREFIXES).toContain('+358');
  });
  it('Y-tunnus check digit', () => {
    expect(isValidBusinessId('0201256-6')).toBe(true);
    expect(isValidBusinessId('0201256-5')).toBe(false);
    expect(isValidBusinessId('1234567')).toBe(false);
  });
});

describe('checkPublishingTransition (§6.2)', () => {
  const t = (current: any, requested: unknown, kind: any = 'service') =>
    checkPublishingTransition({ op: current ? 'put' : 'post', current, requested, kind })?.message;
  it('follows the table', () => {
    expect(t(undefined, 'Draft')).toBeUndefined();
    expect(t(undefined, 'Modified')).toBe(
      "'Modified' is not allowed value of 'PublishingStatus'! Please use one of these: 'Draft, Published'.",
    );
    expect(t(undefined, 'Deleted', 'phone')).toBe(
      'You cannot set Publishing status as Deleted when current one is .',
    );
    expect(t('Draft', 'Modified')).toBe(
      'You cannot set Publishing status as Modified when current one is Draft.',
    );
    expect(t('Published', 'Draft')).toBe(
      'You cannot set Publishing status as Draft when current one is Published.',
    );
    expect(t('Published', 'Deleted')).toBeUndefined();
    expect(t('Deleted', 'Published')).toBeUndefined();
    expect(t('Deleted', undefined)).toBe('You need to define Publishing status when current one is Deleted.');
    expect(t('Modified', 'Published')).toBe('You cannot update entity with status Modified.');
    expect(t('OldPublished', 'Published')).toBe('You cannot update entity with status OldPublished.');
  });
});

describe('inferKind', () => {
  it.each(EXAMPLE_KINDS)('infers %s from its example', (kind) => {
    expect(inferKind(example(kind))).toBe(kind);
  });
  it('is undefined when ambiguous', () => {
    expect(inferKind({ publishingStatus: 'Deleted' })).toBeUndefined();
    expect(inferKind([1, 2])).toBeUndefined();
  });
});
