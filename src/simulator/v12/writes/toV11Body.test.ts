import { describe, expect, it } from 'vitest';
import {
  aPhoneChannel,
  aPrintableFormChannel,
  aService,
  aServiceLocation,
  aWebPageChannel,
  anEChannel,
  anOrganization,
  type FixtureContext,
} from '../../../../fixtures/index.js';
import { toV12Request } from '../../../rules/v12/toV12Request.js';
import type { V12Kind } from '../../../rules/v12/v12Kinds.js';
import { channelToV11, organizationToV11, serviceToV11, type V11Write } from './toV11Body.js';

const ctx = (seed: number): FixtureContext => ({
  runId: '20261126T101500Z-a1b2',
  seed,
  referenceDate: '2026-11-26T00:00:00.000Z',
  organizationId: '8d4f1a52-3c1b-4a7e-9e0a-2b5f3c6d7e8f',
  caseId: 'SRV-01',
});
type Obj = Record<string, unknown>;

// Two independent readings of v12-migration.md §4.4 (rules/v12/toV12Request: v11 → v12; this module:
// v12 → v11) must agree: a v12 body taken to v11 and back is the same body, for every builder and seed.
const CASES: readonly [V12Kind, (c: FixtureContext) => object, (b: Obj, put: boolean) => V11Write][] = [
  ['service', (c) => aService(c), serviceToV11],
  ['eservice-channel', (c) => anEChannel(c), (b, p) => channelToV11('EService', b, p)],
  ['webpage-channel', (c) => aWebPageChannel(c), (b, p) => channelToV11('WebPage', b, p)],
  ['printableform-channel', (c) => aPrintableFormChannel(c), (b, p) => channelToV11('PrintableForm', b, p)],
  ['servicelocation-channel', (c) => aServiceLocation(c), (b, p) => channelToV11('ServiceLocation', b, p)],
  ['telephone-channel', (c) => aPhoneChannel(c), (b, p) => channelToV11('Telephone', b, p)],
  ['sub-organization', (c) => anOrganization(c), organizationToV11],
];

describe('toV11Body: v12 → v11 → v12 is the identity on what the suites send', () => {
  it.each(CASES)('%s (40 seeds)', (kind, build, toV11) => {
    for (let seed = 1; seed <= 40; seed++) {
      const v12 = toV12Request(kind, build(ctx(seed))).body;
      const back = toV12Request(kind, toV11(structuredClone(v12), false).body).body;
      expect(back, `${kind} seed ${seed}`).toEqual(v12);
    }
  });

  it('a PUT empties what v12 left empty: the deleteAll flag where v11 has one, else after the write', () => {
    const v12 = toV12Request('service', aService(ctx(1))).body;
    for (const lv of Object.values(v12.languageVersions as Record<string, Obj>))
      lv.freelyAssignedKeywords = [];
    const put = serviceToV11(v12, true);
    expect(put.body.keywords).toBeUndefined();
    expect(put.body.deleteAllKeywords).toBe(true);
    expect(put.clear).toEqual(expect.arrayContaining(['requirements', 'otherResponsibleOrganizations']));
    const post = serviceToV11(v12, false);
    expect(post.body.deleteAllKeywords).toBeUndefined();
    expect(post.clear).toEqual([]);
  });
});
