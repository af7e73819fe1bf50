/**
 * T5's generated field cases, computed by `npm run build` instead of at every run's collection (issue #14):
 * generating them asks the rules engine about every candidate mutation (~900 validatePayload calls, a
 * few hundred ms of the worker's start). The build stores the cases as data (FieldCaseData) with a digest
 * of everything the generation reads — the compiled rules, core, fixtures and generator, the code-list
 * data and the versions of faker and Ajv — and a run uses them only when that digest still matches;
 * otherwise, and whenever the suites run from source, it generates them as before.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RuleProfile } from '#ptvr';
import { aConnection, type FixtureContext } from '../../fixtures/index.js';
import {
  fieldCaseOf,
  generateFieldCases,
  type FieldCase,
  type FieldCaseData,
  type FieldKind,
} from './fieldCases.js';

/**
 * The fixed context T5 generates its cases from (not the run's seed or id), so the FMT numbering is the
 * same in every run; each step rebuilds its body with the real organisation, seed and case id.
 */
export function t5Placeholder(referenceDate: string): FixtureContext {
  return {
    runId: '20260101T000000Z-sim-0000',
    seed: 0,
    referenceDate,
    organizationId: '00000000-0000-4000-8000-000000000000',
    caseId: 'FMT',
  };
}

/** The ids the connection cases are generated with (the run's real ones come from their setup case). */
export const PLACEHOLDER_IDS = {
  serviceId: '00000000-0000-4000-8000-000000000001',
  serviceChannelId: '00000000-0000-4000-8000-000000000002',
};

/** A POST /Connection body: the base the connection field cases mutate. */
export const connectionBase = (c: FixtureContext, ids: typeof PLACEHOLDER_IDS): Record<string, unknown> =>
  [aConnection(c, { ...ids, channelType: 'ServiceLocation' })] as unknown as Record<string, unknown>;

/** One generation's identity: the same arguments give the same cases (given the same code). */
export const fieldCaseKey = (
  kind: FieldKind,
  ctx: FixtureContext,
  profile: RuleProfile,
  base?: Record<string, unknown>,
): string => JSON.stringify({ kind, ctx, profile, base: base ?? null });

/** The stored form: the inputs' digest and the cases of each generation by key. */
export interface FieldCaseList {
  digest: string;
  lists: Record<string, FieldCaseData[]>;
}

/** The compiled tree (dist/) when this module is the compiled one; undefined when running from source. */
const DIST_DIR = import.meta.url.endsWith('.js')
  ? fileURLToPath(new URL('../../', import.meta.url))
  : undefined;

/** Where the build writes the list: beside the compiled module. */
export const FIELD_CASE_LIST_FILE = DIST_DIR && join(DIST_DIR, 'suites', 'support', 'fieldCaseList.json');

const requireHere = createRequire(import.meta.url);

/** Files of `dir` (recursively) whose names end in `ext`, sorted, so the digest is order-stable. */
function filesUnder(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * SHA-256 over everything the generation reads, in a compiled tree `dist` of the package at `root`: the
 * rules engine and core (validatePayload, field table), fixtures (the valid bodies), the generator, the
 * code lists, and the faker / Ajv versions. About 2 MB; a few ms.
 */
export function fieldCaseInputsDigest(dist: string, root: string): string {
  const h = createHash('sha256');
  const files = [
    ...filesUnder(join(dist, 'src', 'rules'), '.js'),
    ...filesUnder(join(dist, 'src', 'core'), '.js'),
    ...filesUnder(join(dist, 'fixtures'), '.js'),
    join(dist, 'suites', 'support', 'fieldCases.js'),
    ...filesUnder(join(root, 'src', 'rules', 'data'), '.json'),
  ];
  for (const f of files) h.update(`${relative(dist, f)}\n`).update(readFileSync(f));
  for (const pkg of ['@faker-js/faker', 'ajv', 'ajv-formats']) {
    h.update(`${pkg}@${(requireHere(`${pkg}/package.json`) as { version: string }).version}\n`);
  }
  return h.digest('hex');
}

let stored: Record<string, FieldCaseData[]> | null | undefined;

/** The build's lists when they exist and their digest matches this installation, else null. */
export function readFieldCaseList(
  file: string | undefined,
  digest: () => string,
): Record<string, FieldCaseData[]> | null {
  if (file === undefined || !existsSync(file)) return null;
  const list = JSON.parse(readFileSync(file, 'utf8')) as FieldCaseList;
  return list.digest === digest() ? list.lists : null;
}

/** T5's field cases for one kind: the build's stored list when it is current, else generated now. */
export function fieldCasesFor(
  kind: FieldKind,
  ctx: FixtureContext,
  profile: RuleProfile,
  base?: Record<string, unknown>,
): FieldCase[] {
  stored ??= readFieldCaseList(FIELD_CASE_LIST_FILE, () =>
    fieldCaseInputsDigest(DIST_DIR!, join(DIST_DIR!, '..')),
  );
  const data = stored?.[fieldCaseKey(kind, ctx, profile, base)];
  return data ? data.map(fieldCaseOf) : generateFieldCases(kind, ctx, profile, base);
}
