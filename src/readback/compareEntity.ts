import type { Finding } from '../core/finding.js';
import type { ReadBackField } from '../report/model.js';
import { keysOfV11Field } from '../neutral/keysOfV11Field.js';
import type { Canon } from './canon.js';
import { fieldMaps, type FieldMap, type ReadBackKind } from './fieldMaps.js';

export interface ReadBackComparison {
  fields: ReadBackField[];
  findings: Finding[];
}

/** `serviceNames` → `ServiceNames`: the ModelState key style findings use. */
export function toKey(field: string): string {
  return field.charAt(0).toUpperCase() + field.slice(1);
}

function equal(a: Canon, b: Canon): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What is missing from / extra in the read-back, for a message a person can act on. */
function describeDiff(sent: Canon, read: Canon): string {
  if (Array.isArray(sent) && Array.isArray(read)) {
    const missing = sent.filter((x) => !read.includes(x));
    const extra = read.filter((x) => !sent.includes(x));
    const parts: string[] = [];
    if (missing.length) parts.push(`not read back: ${missing.slice(0, 3).join('; ')}`);
    if (extra.length) parts.push(`read but not sent: ${extra.slice(0, 3).join('; ')}`);
    return parts.join(' — ') || 'order or multiplicity differs';
  }
  return `sent ${JSON.stringify(sent)}, read ${JSON.stringify(read)}`;
}

function compareField(name: string, map: FieldMap, sentValue: unknown, read: Record<string, unknown>) {
  const readValue = read[map.out];
  const a = map.in(sentValue);
  const b = (map.outCanon ?? map.in)(readValue);
  return { ok: equal(a, b), a, b, readValue, name };
}

/**
 * Compares every mapped field the IN payload carries with the OUT entity. Unmapped IN fields
 * (delete flags, `sourceId`, write-only options) are not compared. Each difference is a
 * `readback.mismatch` error finding with the sent IN value as `expected` and the OUT value as `actual`.
 */
export function compareEntity(kind: ReadBackKind, sent: object, read: unknown): ReadBackComparison {
  const maps = fieldMaps[kind];
  const readObj = (typeof read === 'object' && read !== null ? read : {}) as Record<string, unknown>;
  const fields: ReadBackField[] = [];
  const findings: Finding[] = [];
  for (const [name, sentValue] of Object.entries(sent)) {
    const map = maps[name];
    if (!map || sentValue === undefined) continue;
    const r = compareField(name, map, sentValue, readObj);
    const path = map.out === name ? name : `${name}→${map.out}`;
    const keys = keysOfV11Field(kind, name, map.out, sentValue, r.readValue);
    fields.push({
      path,
      sent: sentValue,
      read: r.readValue ?? null,
      ok: r.ok,
      // The neutral key(s) the field carries, so v11 and v12 read-backs share one key space (§4.4).
      ...(keys.length === 1 ? { key: keys[0] } : keys.length > 1 && { keys }),
    });
    if (!r.ok) {
      findings.push({
        path: toKey(name),
        message: `${kind} ${name} (read back as ${map.out}) differs: ${describeDiff(r.a, r.b)}`,
        rule: 'readback.mismatch',
        severity: 'error',
        expected: sentValue,
        actual: r.readValue ?? null,
      });
    }
  }
  return { fields, findings };
}
