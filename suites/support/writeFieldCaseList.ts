/**
 * Build step (`npm run build`, after tsc): writes T5's generated field cases for every rule profile at
 * the default reference date into dist/suites/support/fieldCaseList.json (see fieldCaseList.ts), so a run
 * reads them instead of generating them. Run as the compiled module only.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULE_PROFILES, configDefaults, writeFileAtomic } from '#ptvr';
import {
  FIELD_CASE_LIST_FILE,
  PLACEHOLDER_IDS,
  connectionBase,
  fieldCaseInputsDigest,
  fieldCaseKey,
  t5Placeholder,
  type FieldCaseList,
} from './fieldCaseList.js';
import { FIELD_KINDS, generateFieldCases, type FieldCaseData } from './fieldCases.js';

/** Every list the T5 suite asks for in a default run, for each rule profile, with the inputs' digest. */
export function buildFieldCaseList(dist: string, root: string): FieldCaseList {
  const ctx = t5Placeholder(configDefaults.referenceDate);
  const lists: Record<string, FieldCaseData[]> = {};
  for (const profile of RULE_PROFILES) {
    for (const kind of FIELD_KINDS) {
      lists[fieldCaseKey(kind, ctx, profile)] = generateFieldCases(kind, ctx, profile);
    }
    const base = connectionBase(ctx, PLACEHOLDER_IDS);
    lists[fieldCaseKey('connections', ctx, profile, base)] = generateFieldCases(
      'connections',
      ctx,
      profile,
      base,
    );
  }
  return { digest: fieldCaseInputsDigest(dist, root), lists };
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  if (FIELD_CASE_LIST_FILE === undefined)
    throw new Error('writeFieldCaseList runs as the compiled module only');
  const dist = join(FIELD_CASE_LIST_FILE, '..', '..', '..');
  const list = buildFieldCaseList(dist, join(dist, '..'));
  // Functions (mutate, atLimit) are dropped by JSON: the stored form is FieldCaseData.
  writeFileAtomic(FIELD_CASE_LIST_FILE, JSON.stringify(list));
  const n = Object.values(list.lists).reduce((a, l) => a + l.length, 0);
  console.log(`generated ${n} T5 field cases into ${FIELD_CASE_LIST_FILE}`);
}
