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

// A number lexeme String(Number(x)) may not give back: a fraction ending in 0, an exponent, minus
// zero, or 16+ digits in a row. Matching inside a string only costs the slower exact parse.
const REPRINTED = /\.\d*0(?!\d)|\d[eE]|-0(?![.\d])|\d{16}/;

/**
 * Given `parsed = JSON.parse(text)`, the same value with the number texts recorded for `numberTextOf`.
 * The exact second pass runs only when the text holds a number JavaScript may re-print, and not on a
 * body deeper than PTV's MaxDepth (refused anyway; the pass is recursive): then `parsed` itself.
 */
export function recordNumberTexts(text: string, parsed: unknown): unknown {
  if (parsed === null || typeof parsed !== 'object' || !REPRINTED.test(text)) return parsed;
  if (exceedsJsonDepth(parsed, MAX_JSON_DEPTH)) return parsed;
  return new Reader(text).value();
}

class Reader {
  private i = 0;
  constructor(private readonly s: string) {}

  value(): unknown {
    this.ws();
    const c = this.s[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === 't' || c === 'f' || c === 'n') return this.literal();
    return this.number().value;
  }

  private ws(): void {
    while (/\s/.test(this.s[this.i] ?? '')) this.i++;
  }

  private member(container: object, key: string | number): unknown {
    this.ws();
    const c = this.s[this.i];
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
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
    if (this.s[this.i] === '}') {
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
      if (this.s[this.i++] === '}') return out;
    }
  }

  private array(): unknown[] {
    const out: unknown[] = [];
    this.i++;
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return out;
    }
    for (;;) {
      out.push(this.member(out, out.length));
      this.ws();
      if (this.s[this.i++] === ']') return out;
    }
  }

  private string(): string {
    const start = this.i;
    this.i++;
    while (this.s[this.i] !== '"') this.i += this.s[this.i] === '\\' ? 2 : 1;
    this.i++;
    return JSON.parse(this.s.slice(start, this.i)) as string;
  }

  private literal(): boolean | null {
    const c = this.s[this.i];
    this.i += c === 'f' ? 5 : 4;
    return c === 't' ? true : c === 'f' ? false : null;
  }

  private number(): { value: number; text: string } {
    const start = this.i;
    while (/[-+.\deE]/.test(this.s[this.i] ?? '')) this.i++;
    const text = this.s.slice(start, this.i);
    return { value: Number(text), text };
  }
}
