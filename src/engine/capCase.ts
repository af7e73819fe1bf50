import { capString } from '../core/capString.js';
import { capStrings, capValue } from '../core/capValue.js';
import type { Finding } from '../core/finding.js';
import type { CaseResult, ReadBack } from '../report/model.js';

/** Per-case limits: far above what a real case produces, small enough that 500 cases stay a few MB. */
export const CASE_LIMITS = Object.freeze({
  findings: 200,
  ptvMessages: 50,
  entityIds: 200,
  readBacks: 50,
  readBackFields: 300,
  /** Read-back and finding values: strings, depth and size (see capValue). */
  value: { maxString: 1024, maxDepth: 12, maxItems: 50, maxNodes: 500 },
});

const cap = (s: string, max?: number): string => capString(s, max);

export function capFinding(f: Finding): Finding {
  return {
    ...f,
    path: cap(f.path, 500),
    message: cap(f.message),
    rule: cap(f.rule, 200),
    ...(f.expected !== undefined && { expected: capValue(f.expected, CASE_LIMITS.value) }),
    ...(f.actual !== undefined && { actual: capValue(f.actual, CASE_LIMITS.value) }),
  };
}

export function capReadBack(r: ReadBack): ReadBack {
  const fields = r.fields.slice(0, CASE_LIMITS.readBackFields).map((f) => ({
    path: cap(f.path, 500),
    sent: capValue(f.sent, CASE_LIMITS.value),
    read: capValue(f.read, CASE_LIMITS.value),
    ok: f.ok,
    // The neutral-key members (src/neutral, §4.11) travel too: diff and the V12 views key on them.
    ...(f.key !== undefined && { key: cap(f.key, 500) }),
    ...(f.keys !== undefined && { keys: f.keys.slice(0, 50).map((k) => cap(k, 500)) }),
    ...(f.canonSent !== undefined && { canonSent: capValue(f.canonSent, CASE_LIMITS.value) }),
    ...(f.canonRead !== undefined && { canonRead: capValue(f.canonRead, CASE_LIMITS.value) }),
    ...(f.mapping !== undefined && { mapping: f.mapping }),
  }));
  const left = r.fields.length - fields.length;
  if (left > 0) fields.push({ path: `[… ${left} more fields]`, sent: null, read: null, ok: true });
  return {
    endpoint: cap(r.endpoint, 500),
    ...(r.entityId !== undefined && { entityId: cap(r.entityId, 200) }),
    fields,
  };
}

/**
 * A case result with everything that may have come from the server capped where it is stored: PTV
 * messages, finding values, read-back values, entity ids, error texts. A hostile server sending 1 MB in
 * every value then costs the report a few KB per case, with the original length and SHA-256 noted.
 */
export function capCase(c: CaseResult): CaseResult {
  const findings = c.findings.slice(0, CASE_LIMITS.findings).map(capFinding);
  if (c.findings.length > CASE_LIMITS.findings) {
    findings.push({
      path: '',
      message: `${c.findings.length - CASE_LIMITS.findings} more findings were left out of the report`,
      rule: 'report.findingsCapped',
      severity: 'info',
    });
  }
  const readBacks = c.readBacks.slice(0, CASE_LIMITS.readBacks).map(capReadBack);
  return {
    ...c,
    title: cap(c.title, 500),
    findings,
    entityIds: capStrings(c.entityIds, CASE_LIMITS.entityIds, 200),
    ptvMessages: capStrings(c.ptvMessages, CASE_LIMITS.ptvMessages),
    readBacks,
    file: cap(c.file, 500),
    ...(c.blockedBy !== undefined && { blockedBy: cap(c.blockedBy, 100) }),
    ...(c.skipReason !== undefined && { skipReason: cap(c.skipReason) }),
    ...(c.error !== undefined && { error: cap(c.error) }),
  };
}
