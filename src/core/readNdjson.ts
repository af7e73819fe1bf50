import { existsSync } from 'node:fs';
import type { PtvrErrorCode } from './errors.js';
import { forEachLine, RUN_FILE_LIMITS } from './readBoundedFile.js';

/** Longest NDJSON line read; longer lines are skipped like corrupt ones (evidence bodies are capped far below). */
export const MAX_NDJSON_LINE = 8 * 1024 * 1024;

export interface NdjsonReadOptions {
  /** Code when the file is not a regular file or over the size limit (default PTVR_RUN_DIR_INVALID). */
  code?: PtvrErrorCode;
  maxBytes?: number;
  maxLine?: number;
}

/**
 * Calls `onValue` for each line `accept` recognises, reading the file in chunks. A missing file is
 * empty; blank lines, a torn last line (kill -9 mid-write), corrupt and over-long lines are skipped,
 * because readers of the ledger, intents and evidence should use what survived, not refuse. A path
 * that is not a regular file (symlink, FIFO, directory) or is over the size limit is refused.
 */
export function forEachNdjson<T>(
  path: string,
  accept: (value: unknown) => value is T,
  onValue: (value: T) => void,
  opts: NdjsonReadOptions = {},
): void {
  if (!existsSync(path)) return;
  forEachLine(
    path,
    {
      code: opts.code ?? 'PTVR_RUN_DIR_INVALID',
      what: path.split(/[\\/]/).pop() ?? path,
      maxBytes: opts.maxBytes ?? RUN_FILE_LIMITS.ndjson,
      maxLine: opts.maxLine ?? MAX_NDJSON_LINE,
    },
    (line) => parseNdjsonLine(line, accept, onValue),
  );
}

/** One line's value when it is one `accept` recognises; blank and corrupt lines are skipped. */
export function parseNdjsonLine<T>(
  line: string,
  accept: (value: unknown) => value is T,
  onValue: (value: T) => void,
): void {
  if (!line.trim()) return;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return;
  }
  if (accept(value)) onValue(value);
}

/** All recognised lines of an NDJSON file (see forEachNdjson). */
export function readNdjson<T>(
  path: string,
  accept: (value: unknown) => value is T,
  opts: NdjsonReadOptions = {},
): T[] {
  const out: T[] = [];
  forEachNdjson(path, accept, (v) => out.push(v), opts);
  return out;
}

/** A non-null object whose listed keys all hold strings. */
export function hasStringKeys<T>(...keys: string[]): (value: unknown) => value is T {
  return (value: unknown): value is T =>
    typeof value === 'object' &&
    value !== null &&
    keys.every((k) => typeof (value as Record<string, unknown>)[k] === 'string');
}
