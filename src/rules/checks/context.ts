import type { Finding, Severity } from '../../core/finding.js';
import type { ProfileLimits } from '../profiles.js';
import type { CurrentVersion, EntityKind, Operation, RuleProfile, StateLookup } from '../types.js';
import { toPtvKey } from '../toPtvKey.js';

export type Seg = string | number;
export type Obj = Record<string, unknown>;

/** What every business-rule check gets: the request, the options and a sink for findings. */
export interface CheckCtx {
  kind: EntityKind;
  op: Operation;
  profile: RuleProfile;
  limits: ProfileLimits;
  lookup?: StateLookup;
  current?: CurrentVersion;
  now: Date;
  ontologyTermExists?: (uri: string) => boolean;
  findings: Finding[];
  notChecked: Set<string>;
}

export function add(
  c: CheckCtx,
  path: readonly Seg[] | string,
  message: string,
  rule: string,
  severity: Severity = 'error',
): void {
  c.findings.push({ path: typeof path === 'string' ? path : toPtvKey(path), message, rule, severity });
}

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Object items of a list property (non-objects are the schema's business). */
const NONE: Obj[] = [];

/** Object items of a list property (non-objects are the schema's business). Never mutate the result. */
export function items(o: Obj, name: string): Obj[] {
  const v = o[name];
  if (!Array.isArray(v)) return NONE;
  // Hot path: lists are almost always all objects; avoid the copy.
  for (const x of v) if (!isObj(x)) return v.filter(isObj);
  return v as Obj[];
}

export function text(o: Obj, name: string): string | undefined {
  const v = o[name];
  return typeof v === 'string' ? v : undefined;
}

export function has(o: Obj, name: string): boolean {
  return o[name] !== undefined && o[name] !== null;
}

export function isTrue(o: Obj, name: string): boolean {
  return o[name] === true;
}

export function nonEmptyList(o: Obj, name: string): boolean {
  const v = o[name];
  return Array.isArray(v) && v.length > 0;
}
