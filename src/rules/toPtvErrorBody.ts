import type { Finding } from '../core/finding.js';

/** PTV's 400 body: `{ "<Key>": ["msg", …] }` in finding order; only `error` findings (PTV has no warnings). */
export function toPtvErrorBody(findings: readonly Finding[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of findings) {
    if (f.severity !== 'error') continue;
    (out[f.path] ??= []).push(f.message);
  }
  return out;
}
