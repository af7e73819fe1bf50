/** How much a finding matters: an `error` fails the check, a `warning` is shown but does not. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A rule violation, a read-back difference or an unexpected PTV answer, as data.
 * `path` uses PTV's ModelState key style: `ServiceNames[0].Value`, `Addresses[0].StreetAddress.PostalCode`.
 */
export interface Finding {
  path: string;
  message: string;
  /** Stable rule / check id, e.g. `maxLength`, `perLanguageCompleteness`, `readback.mismatch`. */
  rule: string;
  severity: Severity;
  /** What was sent / expected (read-back: the IN value). */
  expected?: unknown;
  /** What was found (read-back: the OUT value). */
  actual?: unknown;
}

export function isFailing(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
