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
  const sha = createHash('sha256').update(text, 'utf8').digest('hex');
  return `${text.slice(0, end)}${CAPPED_MARKER}${text.length} characters, sha256 ${sha}]`;
}
