import type { ServerResponse } from 'node:http';

/** Bytes added to every string value by the `pad-strings` defect. */
export const PAD_BYTES = 1024 * 1024;

/**
 * The padding starts with characters that break naive renderers — XML-illegal controls, every line
 * break form, Markdown table and HTML syntax — and is filled up to PAD_BYTES with 'x'.
 */
const HOSTILE_HEAD = '\u0001\u000b\uffff\r\n\u2028\u2029\u0085|<script>alert(1)</script>&amp;]]>';
/** One shared buffer, written as is for every string: the simulator allocates nothing per value. */
let pad: Buffer | undefined;
/** Built on first use: a megabyte every run would otherwise build at start-up for one rare defect. */
const PAD = (): Buffer =>
  (pad ??= Buffer.from(
    JSON.stringify(HOSTILE_HEAD + 'x'.repeat(PAD_BYTES - Buffer.byteLength(HOSTILE_HEAD))).slice(1, -1),
  ));

/**
 * Writes `value` as JSON with PAD appended to every string value (keys stay as they are), streamed in
 * pieces so a response of hundreds of megabytes never exists as one string in the simulator. For the
 * hostile-server defect `pad-strings`: the harness must stay bounded whatever PTV answers.
 */
export function writePaddedJson(res: ServerResponse, value: unknown): Promise<void> {
  const pieces = paddedPieces(value);
  return new Promise((resolve) => {
    const pump = (): void => {
      for (;;) {
        const next = pieces.next();
        if (next.done) {
          res.end(resolve);
          return;
        }
        if (!res.write(next.value)) {
          res.once('drain', pump);
          return;
        }
      }
    };
    res.once('close', resolve);
    pump();
  });
}

/** JSON text of `value` in pieces, iteratively (no recursion), with every string value padded. */
export function* paddedPieces(value: unknown): Generator<string | Buffer> {
  type Frame = { items: [string | undefined, unknown][]; i: number; close: string };
  const stack: Frame[] = [];
  // A string value is three pieces: its JSON text without the closing quote, PAD, the quote.
  const open = (v: unknown): string | [string, Buffer, string] => {
    if (typeof v === 'string') return [JSON.stringify(v).slice(0, -1), PAD(), '"'];
    if (Array.isArray(v)) {
      stack.push({ items: v.map((x) => [undefined, x]), i: 0, close: ']' });
      return '[';
    }
    if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      stack.push({ items: entries, i: 0, close: '}' });
      return '{';
    }
    return JSON.stringify(v ?? null);
  };
  const emit = function* (
    head: string,
    piece: string | [string, Buffer, string],
  ): Generator<string | Buffer> {
    if (typeof piece === 'string') yield head + piece;
    else {
      yield head + piece[0];
      yield piece[1];
      yield piece[2];
    }
  };
  yield* emit('', open(value));
  while (stack.length) {
    const f = stack[stack.length - 1]!;
    if (f.i >= f.items.length) {
      stack.pop();
      yield f.close;
      continue;
    }
    const [key, v] = f.items[f.i]!;
    const sep = f.i++ > 0 ? ',' : '';
    const head = key === undefined ? sep : `${sep}${JSON.stringify(key)}:`;
    yield* emit(head, open(v));
  }
}
