import { createHash } from 'node:crypto';

/**
 * Longest string from outside (a PTV answer, a header, an error text) kept whole in the report model.
 * A hostile or broken server can send megabytes per value; the report keeps a prefix and says so.
 */
export const MAX_STORED_STRING = 2048;

/** The marker appended to a capped string; tests and readers can recognise it. */
export const CAPPED_MARKER = '…[truncated: ';

/**
 * Keeps at most `max` UTF-16 units of `text` and appends a marker naming the original length and the
 * SHA-256 of the whole string, so a reader can tell the value was cut and match it against evidence.
 * A string that already carries the marker is not capped twice.
 */
export function capString(text: string, max = MAX_STORED_STRING): string {
  if (text.length <= max) return text;
  let end = max;
  // Do not split a surrogate pair: a lone high surrogate would make the prefix invalid UTF-16.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}${CAPPED_MARKER}${text.length} characters, sha256 ${sha256Of(text)}]`;
}

/** SHA-256 of the UTF-8 encoding of `text`, in 1 M-character slices that never split a surrogate pair. */
export function sha256Of(text: string): string {
  const hash = createHash('sha256');
  const step = 1 << 20;
  for (let i = 0; i < text.length;) {
    let end = Math.min(text.length, i + step);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    hash.update(text.slice(i, end), 'utf8');
    i = end;
  }
  return hash.digest('hex');
}
