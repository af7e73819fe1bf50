import type { ErrorObject } from 'ajv';
import type { Finding } from '../core/finding.js';
import {
  isListLevelCodeList,
  jsonPathOf,
  KEYWORD_RULES,
  listCodesMessage,
  type KeyAt,
} from './keywordRules.js';
import type { Schema } from './schemas/index.js';
import { toPtvKey } from './toPtvKey.js';

type Seg = string | number;

function isIndex(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function segments(instancePath: string): Seg[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => (isIndex(s) ? Number(s) : s.includes('~') ? s.replace(/~1/g, '/').replace(/~0/g, '~') : s));
}

/** For an item-level `value` (…, list, n, 'value') the list-attribute key is the list's. */
function listKey(segs: readonly Seg[]): string {
  const n = segs.length;
  if (n >= 2 && typeof segs[n - 2] === 'number') return toPtvKey(segs.slice(0, n - 2));
  return toPtvKey(segs);
}

/** The list a code of a list-level code list belongs to (`languages[1]` → `Languages`). */
function codeListKey(segs: readonly Seg[]): string {
  return listKey([...segs, 'x']).replace(/\.X$/, '');
}

const KEY_OF: Record<KeyAt, (segs: readonly Seg[]) => string> = {
  item: toPtvKey,
  list: listKey,
  json: jsonPathOf,
};

function f(key: string, message: string, rule: string, actual?: unknown): Finding {
  // The body itself (wrong JSON type at the root) is reported under PTV's whole-model key.
  const path = key === '' ? 'Model' : key;
  return actual === undefined
    ? { path, message, rule, severity: 'error' }
    : { path, message, rule, severity: 'error', actual };
}

/**
 * Ajv errors → PTV ModelState-style findings, keyed and worded by `KEYWORD_RULES`. Ajv's ErrorObject
 * never leaves src/rules. Keywords without an entry (`if` wrapping a failed `then`, `allOf`, `const`
 * inside conditions) carry no own message.
 */
export function toFindings(errors: readonly ErrorObject[] | null | undefined): Finding[] {
  if (!errors) return [];
  const out: Finding[] = [];
  // List-level code lists report once per list: "Some of the codes/uris were not found: 'a, b'".
  const grouped = new Map<string, { list: string; values: string[] }>();
  for (const e of errors) {
    const entry = KEYWORD_RULES[e.keyword];
    if (!entry) continue;
    const ps = (e.parentSchema ?? {}) as Schema;
    const segs = segments(e.instancePath);
    if (e.keyword === 'ptvCodeList' && isListLevelCodeList(ps.ptvCodeList)) {
      const key = codeListKey(segs);
      const g = grouped.get(key) ?? { list: String(ps.ptvCodeList), values: [] };
      g.values.push(String(e.data));
      grouped.set(key, g);
      continue;
    }
    const path =
      e.keyword === 'required' ? [...segs, (e.params as { missingProperty: string }).missingProperty] : segs;
    const value = entry.reportsValue ? e.data : undefined;
    const message = entry.message(ps, path, e.data) ?? '';
    out.push(f(KEY_OF[entry.keyAt(ps, path)](path), message, entry.rule, value));
  }
  for (const [key, g] of grouped) out.push(f(key, listCodesMessage(g.list, g.values), 'codeList', g.values));
  return out;
}
