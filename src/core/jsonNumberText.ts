import { exceedsJsonDepth, MAX_JSON_DEPTH } from './jsonDepth.js';

/**
 * The text of JSON numbers that JavaScript re-prints differently (`60.10` → 60.1, `1e3` → 1000,
 * `-0` → 0, digits beyond double precision). PTV's Newtonsoft reader binds a number read into a string
 * property as its source text (`JsonTextReader.ParseNumber` with `ReadType.ReadAsString`, Newtonsoft
 * 12.0.2 `JsonTextReader.cs:653`), so whoever plays PTV needs the text, not the double.
 *
 * Kept beside the parsed value, per container (object or array) and key, in a WeakMap: the parsed
 * value stays plain JSON and the texts go away with it.
 */
const texts = new WeakMap<object, Map<string | number, string>>();

/** The source text of `container[key]` when it was a number JavaScript re-prints differently. */
export function numberTextOf(container: object, key: string | number): string | undefined {
  return texts.get(container)?.get(key);
}

/**
 * Given `parsed = JSON.parse(text)`, the same value with the number texts recorded for `numberTextOf`.
 * The exact second pass runs only when the text holds a number JavaScript re-prints differently, and
 * not on a body deeper than PTV's MaxDepth (refused anyway; the pass is recursive): then `parsed` itself.
 */
export function recordNumberTexts(text: string, parsed: unknown): unknown {
  if (parsed === null || typeof parsed !== 'object' || !hasReprintedNumber(text)) return parsed;
  if (exceedsJsonDepth(parsed, MAX_JSON_DEPTH)) return parsed;
  return new Reader(text).value();
}

const QUOTE = 34; // "
const BACKSLASH = 92;
const MINUS = 45;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isNumberChar = (c: number) =>
  isDigit(c) || c === MINUS || c === 43 || c === 46 || c === 69 || c === 101; // + . E e
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** Index just past the string that opens at `i` (valid JSON: it is closed). */
function stringEnd(s: string, i: number): number {
  let j = s.indexOf('"', i + 1);
  for (;;) {
    let k = j - 1;
    while (s.charCodeAt(k) === BACKSLASH) k--;
    if ((j - 1 - k) % 2 === 0) return j + 1; // an even run of backslashes: the quote is not escaped
    j = s.indexOf('"', j + 1);
  }
}

function numberEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && isNumberChar(s.charCodeAt(j))) j++;
  return j;
}

/** One pass over valid JSON: is there a number whose String(Number(text)) is not its text? */
function hasReprintedNumber(s: string): boolean {
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    if (c === QUOTE) i = stringEnd(s, i);
    else if (c === MINUS || isDigit(c)) {
      const end = numberEnd(s, i);
      const text = s.slice(i, end);
      if (String(Number(text)) !== text) return true;
      i = end;
    } else i++;
  }
  return false;
}

class Reader {
  private i = 0;
  constructor(private readonly s: string) {}

  value(): unknown {
    this.ws();
    const c = this.s.charCodeAt(this.i);
    if (c === 123) return this.object(); // {
    if (c === 91) return this.array(); // [
    if (c === QUOTE) return this.string();
    if (c === 116 || c === 102 || c === 110) return this.literal(c); // t f n
    return this.number().value;
  }

  private ws(): void {
    while (isSpace(this.s.charCodeAt(this.i))) this.i++;
  }

  private member(container: object, key: string | number): unknown {
    this.ws();
    const c = this.s.charCodeAt(this.i);
    if (c === MINUS || isDigit(c)) {
      const { value, text } = this.number();
      const map = texts.get(container);
      if (String(value) !== text) {
        if (map) map.set(key, text);
        else texts.set(container, new Map([[key, text]]));
      } else map?.delete(key); // a later duplicate key replaces an earlier one
      return value;
    }
    texts.get(container)?.delete(key);
    return this.value();
  }

  private object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.i++;
    this.ws();
    if (this.s.charCodeAt(this.i) === 125) {
      this.i++;
      return out;
    }
    for (;;) {
      this.ws();
      const key = this.string();
      this.ws();
      this.i++; // ':'
      // defineProperty, as JSON.parse does, so "__proto__" is an own property and not the prototype.
      Object.defineProperty(out, key, {
        value: this.member(out, key),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      this.ws();
      if (this.s.charCodeAt(this.i++) === 125) return out; // }
    }
  }

  private array(): unknown[] {
    const out: unknown[] = [];
    this.i++;
    this.ws();
    if (this.s.charCodeAt(this.i) === 93) {
      this.i++;
      return out;
    }
    for (;;) {
      out.push(this.member(out, out.length));
      this.ws();
      if (this.s.charCodeAt(this.i++) === 93) return out; // ]
    }
  }

  private string(): string {
    const start = this.i;
    this.i = stringEnd(this.s, start);
    const raw = this.s.slice(start + 1, this.i - 1);
    return raw.includes('\\') ? (JSON.parse(this.s.slice(start, this.i)) as string) : raw;
  }

  private literal(c: number): boolean | null {
    this.i += c === 102 ? 5 : 4;
    return c === 116 ? true : c === 102 ? false : null;
  }

  private number(): { value: number; text: string } {
    const start = this.i;
    this.i = numberEnd(this.s, start);
    const text = this.s.slice(start, this.i);
    return { value: Number(text), text };
  }
}
