/**
 * T5 case generation from the rules engine's own field table (`describeFieldRules`), so the negative
 * cases cannot drift from what `validatePayload` (and the simulator) check. Each case is a mutation
 * of a valid fixture; the expected ModelState key comes from `validatePayload` on the mutated body,
 * falling back to `toPtvKey` of the concrete path. Computed once, when the case is generated (by the
 * build, see fieldCaseList.ts), not again for every run's body: the keys name the mutated field, and
 * fixtures/fieldCaseList.test.ts checks that run-time bodies (other seeds, ids, names) give the same.
 */
import {
  aPhoneChannel,
  aPrintableFormChannel,
  aService,
  aServiceLocation,
  aWebPageChannel,
  anEChannel,
  anOrganization,
  concretePath,
  deleteAt,
  getAt,
  setAt,
  type FixtureContext,
} from '../../fixtures/index.js';
import {
  describeFieldRules,
  errorsPtvAnswers,
  postalCodes,
  toPtvKey,
  validatePayload,
  type EntityKind,
  type FieldRuleDescriptor,
  type RuleProfile,
  type ChannelType,
} from '#ptvr';

export type EntityFieldKind =
  'organization' | 'service' | 'echannel' | 'phone' | 'webpage' | 'printableform' | 'servicelocation';

/** Entity kinds plus `connections` (POST /Connection bodies, which need real ids at run time). */
export type FieldKind = EntityFieldKind | 'connections';

export const FIELD_KINDS: readonly EntityFieldKind[] = [
  'organization',
  'service',
  'echannel',
  'phone',
  'webpage',
  'printableform',
  'servicelocation',
];

export const channelTypeOf: Record<EntityFieldKind, ChannelType | undefined> = {
  organization: undefined,
  service: undefined,
  echannel: 'EChannel',
  phone: 'Phone',
  webpage: 'WebPage',
  printableform: 'PrintableForm',
  servicelocation: 'ServiceLocation',
};

export function buildValid(kind: EntityFieldKind, ctx: FixtureContext, n = 1): Record<string, unknown> {
  const b = {
    organization: anOrganization,
    service: aService,
    echannel: anEChannel,
    phone: aPhoneChannel,
    webpage: aWebPageChannel,
    printableform: aPrintableFormChannel,
    servicelocation: aServiceLocation,
  }[kind] as (c: FixtureContext, o: undefined, opts: { n: number }) => unknown;
  return b(ctx, undefined, { n }) as Record<string, unknown>;
}

/**
 * How a case changes a valid body, as data (so a generated case list can be stored at build time and
 * compared with a fresh generation, see fieldCaseList.ts): leave the value out, set it, pad it past
 * `limit` with 'x', or pad it to exactly `limit` (`over`: plus one 'x') keeping its format.
 */
export type FieldChange =
  | { op: 'delete' }
  | { op: 'set'; value: unknown }
  | { op: 'padEnd'; limit: number }
  | { op: 'pad'; limit: number; format?: string; over: boolean };

/** A generated case as plain JSON: what it changes where, and what PTV should answer. */
export interface FieldCaseData {
  kind: FieldKind;
  title: string;
  /** 'accept' = POST must answer 200 (at-limit values); 'reject' = 400 with the key. */
  expect: 'reject' | 'accept-and-reject';
  /** Concrete path used for the fallback key. */
  path: readonly (string | number)[];
  rule: string;
  /** The path the change applies to (the rules engine's string form, `*` resolved). */
  at: readonly string[];
  change: FieldChange;
  /** For accept-and-reject: the change that makes the at-limit body. */
  atLimitChange?: FieldChange;
  /** The ModelState keys PTV's 400 should name (one of them): expectedKeys of the mutated body. */
  keys: string[];
}

/** A payload mutation plus what PTV should answer. */
export interface FieldCase extends FieldCaseData {
  mutate: (body: Record<string, unknown>) => Record<string, unknown> | undefined;
  /** For accept-and-reject: the at-limit body. */
  atLimit?: (body: Record<string, unknown>) => Record<string, unknown> | undefined;
}

/** The body with `change` applied at `at` (a copy), or undefined when the body has no value to pad. */
function applyChange(
  body: Record<string, unknown>,
  at: readonly string[],
  change: FieldChange,
): Record<string, unknown> | undefined {
  switch (change.op) {
    case 'delete':
      return deleteAt(body, at);
    case 'set':
      return setAt(body, at, change.value);
    case 'padEnd': {
      const v = getAt(body, at);
      return typeof v === 'string' ? setAt(body, at, v.padEnd(change.limit + 1, 'x')) : undefined;
    }
    case 'pad': {
      const v = getAt(body, at);
      const padded = typeof v === 'string' ? padTo(v, change.limit, change.format) : undefined;
      return padded === undefined ? undefined : setAt(body, at, change.over ? `${padded}x` : padded);
    }
  }
}

/** A stored or generated case with its mutation functions. */
export function fieldCaseOf(data: FieldCaseData): FieldCase {
  const { at, change, atLimitChange } = data;
  return {
    ...data,
    mutate: (b) => applyChange(b, at, change),
    ...(atLimitChange && { atLimit: (b: Record<string, unknown>) => applyChange(b, at, atLimitChange) }),
  };
}

/** Resolves `*` to the index of the first item matching `whenItem` (or 0). */
function resolvePath(body: unknown, d: FieldRuleDescriptor): string[] | undefined {
  const out: string[] = [];
  for (let i = 0; i < d.path.length; i++) {
    const seg = d.path[i]!;
    if (seg !== '*') {
      out.push(seg);
      continue;
    }
    const list = getAt(body, out);
    if (!Array.isArray(list) || list.length === 0) return undefined;
    let idx = 0;
    if (d.whenItem && i === d.path.length - 2) {
      idx = list.findIndex((it) =>
        Object.entries(d.whenItem!).every(([k, v]) => (it as Record<string, unknown>)[k] === v),
      );
      if (idx < 0) return undefined;
    }
    out.push(String(idx));
  }
  return out;
}

const FILLER = 'Lisätietoa palvelusta ja asioinnista. ';

/** A value of exactly `limit` characters that is still valid for its format (URL, e-mail, text with run tag). */
export function padTo(value: string, limit: number, format?: string): string | undefined {
  if (format === 'email') return undefined;
  if (format === 'url' || /^https?:\/\//.test(value)) {
    const base = `${value.replace(/\/$/, '')}/`;
    return base.length > limit ? undefined : base + 'a'.repeat(limit - base.length);
  }
  const tag = /\s\(ptvr [^)]+\)$/.exec(value)?.[0] ?? '';
  const head = value.slice(0, value.length - tag.length);
  const room = limit - tag.length;
  if (room < head.length) return undefined;
  let fill = head;
  while (fill.length < room) fill += (fill.endsWith(' ') ? '' : ' ') + FILLER;
  return (fill.slice(0, room).replace(/\s$/, 'x') + tag).slice(0, limit);
}

function violatingPattern(pattern: string): string | undefined {
  const re = new RegExp(pattern.startsWith('^') ? pattern : `^(?:${pattern})$`);
  return ['invalid value_with space!', 'x_y', '0', 'abc'].find((c) => !re.test(c));
}

function notInCodeList(list: string): string | undefined {
  switch (list) {
    case 'postalCode':
      return ['00001', '00002', '99998'].find((c) => !postalCodes().has(c));
    case 'municipality':
      return '999';
    case 'country':
      return 'ZZ';
    case 'dialCode':
      return '+999';
    case 'language':
      return 'zz';
    case 'serviceClass':
      return 'http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P99.99';
    case 'targetGroup':
      return 'http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR3.9';
    default:
      return undefined;
  }
}

const BAD_FORMAT: Record<string, string> = {
  email: 'not-an-email',
  url: 'not a url',
  guid: 'not-a-guid',
  'date-time': 'not-a-date',
};

function caseFor(
  kind: FieldKind,
  d: FieldRuleDescriptor,
  body: Record<string, unknown>,
): Omit<FieldCaseData, 'keys'> | undefined {
  const path = resolvePath(body, d);
  if (!path) return undefined;
  const parent = path.slice(0, -1);
  if (parent.length > 0 && getAt(body, parent) === undefined) return undefined;
  const current = getAt(body, path);
  const key = toPtvKey(concretePath(path));
  const base = { kind, path: concretePath(path), rule: d.rule, at: path };
  const set = (value: unknown): FieldChange => ({ op: 'set', value });
  switch (d.rule) {
    case 'required': {
      if (d.whenItem) {
        const list = getAt(body, path);
        if (!Array.isArray(list)) return undefined;
        const [k, v] = Object.entries(d.whenItem)[0]!;
        const rest = list.filter((i) => (i as Record<string, unknown>)[k] !== v);
        if (rest.length === 0 || rest.length === list.length) return undefined;
        return {
          ...base,
          title: `${key} without a '${v}' item is refused`,
          expect: 'reject',
          change: set(rest),
        };
      }
      if (current === undefined) return undefined;
      return { ...base, title: `${key} is required`, expect: 'reject', change: { op: 'delete' } };
    }
    case 'maxLength': {
      if (typeof current !== 'string' || d.limit === undefined) return undefined;
      const limit = d.limit;
      const atLimit = padTo(current, limit, d.format);
      const when = d.whenItem ? ` (${Object.values(d.whenItem).join()})` : '';
      if (atLimit === undefined) {
        return {
          ...base,
          title: `${key}${when} longer than ${limit} is refused`,
          expect: 'reject',
          change: { op: 'padEnd', limit },
        };
      }
      const pad = { op: 'pad' as const, limit, ...(d.format !== undefined && { format: d.format }) };
      return {
        ...base,
        title: `${key}${when} max ${limit}: at the limit accepted, one over refused`,
        expect: 'accept-and-reject',
        change: { ...pad, over: true },
        atLimitChange: { ...pad, over: false },
      };
    }
    case 'enum':
      if (typeof current !== 'string') return undefined;
      return {
        ...base,
        title: `${key} outside its enum is refused`,
        expect: 'reject',
        change: set('NotAValidValue'),
      };
    case 'pattern': {
      if (typeof current !== 'string' || !d.pattern) return undefined;
      const bad = violatingPattern(d.pattern);
      if (bad === undefined) return undefined;
      return {
        ...base,
        title: `${key} not matching its pattern is refused`,
        expect: 'reject',
        change: set(bad),
      };
    }
    case 'format': {
      if (typeof current !== 'string' || !d.format) return undefined;
      const bad = BAD_FORMAT[d.format];
      if (!bad) return undefined;
      return {
        ...base,
        title: `${key} not a valid ${d.format} is refused`,
        expect: 'reject',
        change: set(bad),
      };
    }
    case 'codeList': {
      if (typeof current !== 'string' || !d.codeList) return undefined;
      const bad = notInCodeList(d.codeList);
      if (bad === undefined) return undefined;
      return {
        ...base,
        title: `${key} not in the ${d.codeList} code list is refused`,
        expect: 'reject',
        change: set(bad),
      };
    }
    case 'minLength5':
      if (typeof current !== 'string') return undefined;
      return {
        ...base,
        title: `${key} shorter than five characters is refused`,
        expect: 'reject',
        change: set('abc'),
      };
  }
}

/** The key PTV should name: the rules engine's finding for the mutated body, else the path's key. */
export function expectedKeys(
  kind: FieldKind,
  body: unknown,
  profile: RuleProfile,
  fallback: string,
): string[] {
  // Only the pass PTV answers with: model-state errors hide the data validator's (validationStage.ts).
  return refusalKeys(kind, body, profile, fallback) ?? [fallback];
}

/** True when the rules engine refuses the body (stateless rules only). */
function refused(kind: FieldKind, body: unknown, profile: RuleProfile): boolean {
  return !validatePayload(body, { kind: kind as EntityKind, op: 'post', profile }).valid;
}

/** The keys of a refused body (expectedKeys), or undefined when the rules engine accepts it. */
function refusalKeys(
  kind: FieldKind,
  body: unknown,
  profile: RuleProfile,
  fallback: string,
): string[] | undefined {
  const r = validatePayload(body, { kind: kind as EntityKind, op: 'post', profile });
  if (r.valid) return undefined;
  const keys = errorsPtvAnswers(r.findings).map((f) => f.path);
  return keys.length ? [...new Set(keys)] : [fallback];
}

/**
 * Every generated case for a kind, deduplicated by (path, rule) and kept only when the rules
 * engine itself refuses the mutation (and, for at-limit cases, accepts the at-limit body).
 */
export function generateFieldCases(
  kind: FieldKind,
  ctx: FixtureContext,
  profile: RuleProfile,
  base?: Record<string, unknown>,
): FieldCase[] {
  const body = base ?? buildValid(kind as EntityFieldKind, ctx);
  const seen = new Set<string>();
  const out: FieldCase[] = [];
  for (const d of describeFieldRules(kind as EntityKind, 'post', profile)) {
    const data = caseFor(kind, d, body);
    if (!data) continue;
    // Keys are known once the mutated body is: filled in below.
    const c = fieldCaseOf({ ...data, keys: [] });
    const id = `${c.path.join('.')}|${c.rule}|${JSON.stringify(d.whenItem ?? {})}`;
    if (seen.has(id)) continue;
    const mutated = c.mutate(body);
    const keys = mutated && refusalKeys(kind, mutated, profile, toPtvKey(c.path));
    if (!keys) continue;
    if (c.atLimit) {
      const at = c.atLimit(body);
      if (!at || refused(kind, at, profile)) continue;
    }
    seen.add(id);
    out.push({ ...c, keys });
  }
  return out;
}
