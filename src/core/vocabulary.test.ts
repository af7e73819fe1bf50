import { describe, expect, it } from 'vitest';
import { configViolations } from '../config/validateUserConfig.js';
import {
  CHANNEL_KIND_OF,
  CHANNEL_TYPES,
  channelTypeOfKind,
  DATA_LANGUAGES,
  DVV_ITEMS,
  DVV_REQUIRED,
  ITEM_OF_SUITE,
  MAIN_LANGUAGES,
  REPORT_FORMATS,
  REPORT_LANGS,
  RULE_PROFILES,
  SUITE_IDS,
  TARGET_CHOICES,
  isOneOf,
} from './vocabulary.js';

describe('the PTV vocabulary', () => {
  it('maps every suite onto its DVV item, in catalogue order', () => {
    expect(SUITE_IDS.map((s) => ITEM_OF_SUITE[s])).toEqual([...DVV_ITEMS]);
  });

  it('requires every DVV item except PIT and V12 (ours) for READY', () => {
    expect([...DVV_REQUIRED]).toEqual(DVV_ITEMS.filter((i) => i !== 'PIT' && i !== 'V12'));
  });

  it('keeps the main and report languages inside PTV data languages, in PTV order', () => {
    expect(DATA_LANGUAGES.filter((l) => isOneOf(MAIN_LANGUAGES, l))).toEqual([...MAIN_LANGUAGES]);
    for (const l of REPORT_LANGS) expect(isOneOf(DATA_LANGUAGES, l)).toBe(true);
  });

  it('maps each channel type to its entity kind and back, and no other kind to a channel type', () => {
    for (const t of CHANNEL_TYPES) expect(channelTypeOfKind(CHANNEL_KIND_OF[t])).toBe(t);
    expect(channelTypeOfKind('service')).toBeUndefined();
    expect(channelTypeOfKind('Phone')).toBeUndefined();
  });

  it('narrows untyped values with isOneOf', () => {
    expect(isOneOf(RULE_PROFILES, 'ptv34')).toBe(true);
    expect(isOneOf(RULE_PROFILES, 'PTV34')).toBe(false);
    expect(isOneOf(RULE_PROFILES, 34)).toBe(false);
  });
});

// The config schema's enums are built from these lists: every member is accepted, anything else refused.
describe('config schema enums follow the vocabulary', () => {
  it.each([
    ['target', TARGET_CHOICES.map((target) => ({ target })), { target: 'custom' }],
    ['ruleProfile', RULE_PROFILES.map((ruleProfile) => ({ ruleProfile })), { ruleProfile: 'ptv35' }],
    ['suites', [{ suites: [...SUITE_IDS] }], { suites: ['t7'] }],
    ['formats', [{ formats: [...REPORT_FORMATS] }], { formats: ['csv'] }],
    ['langs', [{ langs: [...REPORT_LANGS] }], { langs: ['sv'] }],
    ['sim.profile', RULE_PROFILES.map((profile) => ({ sim: { profile } })), { sim: { profile: 'x' } }],
  ])('%s', (_key, good, bad) => {
    for (const g of good) expect(configViolations(g)).toEqual([]);
    expect(configViolations(bad)).toHaveLength(1);
  });
});
