import { existsSync, readFileSync } from 'node:fs';

/**
 * Reads an NDJSON file written with `appendLineDurable`, keeping the lines `accept` recognises. A
 * missing file is empty; blank lines, a torn last line (kill -9 mid-write) and corrupt lines are
 * skipped, because readers of the ledger, intents and evidence should use what survived, not refuse.
 */
export function readNdjson<T>(path: string, accept: (value: unknown) => value is T): T[] {
  if (!existsSync(path)) return [];
  const out: T[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      continue;
    }
    if (accept(value)) out.push(value);
  }
  return out;
}

/** A non-null object whose listed keys all hold strings. */
export function hasStringKeys<T>(...keys: string[]): (value: unknown) => value is T {
  return (value: unknown): value is T =>
    typeof value === 'object' &&
    value !== null &&
    keys.every((k) => typeof (value as Record<string, unknown>)[k] === 'string');
}
