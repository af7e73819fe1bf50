/** A JSON value as one display string, capped so one huge field cannot bloat the report. */
export function displayValue(value: unknown, max = 400): string {
  if (value === undefined) return '–';
  const text = typeof value === 'string' ? value : flatJson(value);
  return text.length > max ? `${text.slice(0, max)}… (+${text.length - max})` : text;
}

/** JSON on one line with a space after `,` and `:` so a browser can wrap it at word boundaries. */
export function flatJson(value: unknown): string {
  return flatCached(value, undefined);
}

/*
 * flatCached and pretty run over every evidence body when the report is written (clipBody), so they
 * are plain loops that build strings directly: no entries arrays, destructuring or closures, which
 * both allocate per member and made these two of the costliest functions for V8 to optimise.
 * Array holes (never in parsed JSON) print as `Array.prototype.join` prints them: as nothing.
 */

/** flatJson, remembering each object's text in `seen` (prettyJson asks again for every subtree). */
function flatCached(value: unknown, seen: WeakMap<object, string> | undefined): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  let text = seen?.get(value);
  if (text !== undefined) return text;
  if (Array.isArray(value)) {
    text = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ', ';
      if (i in value) text += flatCached(value[i], seen);
    }
    text += ']';
  } else {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o);
    text = '{';
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (i > 0) text += ', ';
      text += `${JSON.stringify(k)}: ${flatCached(o[k], seen)}`;
    }
    text += '}';
  }
  seen?.set(value, text);
  return text;
}

const isLeaf = (value: object): boolean =>
  Object.values(value).every((v) => v === null || typeof v !== 'object');

/**
 * JSON pretty-printed compactly: an object or array that fits in `width` characters, or holds only
 * scalars (a PTV `{type, value, language}` text), stays on one line; larger ones break one member
 * per line. `JSON.stringify(v, null, 2)` put every localized text on five lines, which made the
 * printed report several times longer than the data.
 */
export function prettyJson(value: unknown, width = 100, indent = '', column = indent.length): string {
  return pretty(value, width, indent, column, new WeakMap());
}

/** Each subtree's one-line text is built once (from its children's) instead of once per ancestor. */
function pretty(
  value: unknown,
  width: number,
  indent: string,
  column: number,
  seen: WeakMap<object, string>,
): string {
  const flat = flatCached(value, seen);
  if (value === null || typeof value !== 'object') return flat;
  if (column + flat.length <= width || (isLeaf(value) && flat.length <= 600)) return flat;
  const inner = `${indent}  `;
  let text: string;
  if (Array.isArray(value)) {
    text = '[\n';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ',\n';
      if (i in value) text += inner + pretty(value[i], width, inner, inner.length, seen);
    }
    return `${text}\n${indent}]`;
  }
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o);
  text = '{\n';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (i > 0) text += ',\n';
    const key = `${inner}${JSON.stringify(k)}: `;
    text += key + pretty(o[k], width, inner, key.length, seen);
  }
  return `${text}\n${indent}}`;
}

/** A body pretty-printed when it parses as JSON, cut at `max` characters; `omitted` = characters cut. */
export function clipBody(body: string | undefined, max: number): { text: string; omitted: number } {
  if (body === undefined || body === '') return { text: '', omitted: 0 };
  let text = body;
  try {
    text = prettyJson(JSON.parse(body));
  } catch {
    // not JSON: show as is
  }
  return text.length > max ? { text: text.slice(0, max), omitted: text.length - max } : { text, omitted: 0 };
}
