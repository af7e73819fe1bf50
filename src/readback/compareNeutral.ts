import type { Finding } from '../core/finding.js';
import {
  compareCanon,
  isDroppedInV12,
  isNotCompared,
  parseKey,
  type NeutralState,
} from '../neutral/index.js';
import type { ReadBackField } from '../report/model.js';

export interface NeutralComparison {
  fields: ReadBackField[];
  findings: Finding[];
  /** True when every compared key matched (exactly or after a transform). */
  same: boolean;
}

/**
 * The v12 read-back (v12-migration.md §4.5): neutral(expected, v11) against neutral(read, v12), key by
 * key. Keys v12 cannot carry are recorded as `dropped` (information, never a failure); keys not
 * compared (sourceId) are left out; a differing key is one `readback.mismatch` finding.
 */
export function compareNeutral(expected: NeutralState, read: NeutralState): NeutralComparison {
  const fields: ReadBackField[] = [];
  const findings: Finding[] = [];
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(read)])].sort();
  for (const key of keys) {
    if (isNotCompared(key)) continue;
    const sent = expected[key];
    const got = read[key];
    if (isDroppedInV12(key, expected)) {
      if (sent !== undefined && sent !== null)
        fields.push({ path: key, key, sent, read: null, ok: true, mapping: 'dropped' });
      continue;
    }
    // A key only v12 fills (a field v11 never sent) is v12's own: shown, not judged.
    if (sent === undefined) {
      fields.push({ path: key, key, sent: null, read: got, ok: true, mapping: 'v12only' });
      continue;
    }
    const field = parseKey(key)?.field ?? key;
    const match = compareCanon(field, sent, got);
    const ok = match !== 'different';
    fields.push({
      path: key,
      key,
      sent,
      read: got ?? null,
      ok,
      canonSent: sent,
      canonRead: got ?? null,
      mapping: match === 'transform' ? 'transform' : 'exact',
    });
    if (!ok) {
      findings.push({
        path: key,
        rule: 'readback.mismatch',
        severity: 'error',
        message: `v12 shows ${JSON.stringify(got ?? null)} for ${key}, v11 holds ${JSON.stringify(sent)}`,
        expected: sent,
        actual: got ?? null,
      });
    }
  }
  return { fields, findings, same: findings.length === 0 };
}
