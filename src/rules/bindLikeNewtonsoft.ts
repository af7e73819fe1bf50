import { resolveRef } from './schemas/nested.js';
import type { Schema } from './schemas/index.js';

type Seg = string | number;

/** What Newtonsoft.Json changed while binding the body to PTV's model. */
export interface Coercion {
  path: Seg[];
  kind: 'numberToString' | 'booleanToString' | 'stringToBoolean' | 'numberToBoolean' | 'propertyName';
  from: unknown;
  to: unknown;
}

export interface Bound {
  /** The body as PTV's model sees it: a copy when something changed, else the input itself. */
  body: unknown;
  coercions: Coercion[];
}

/**
 * Binds a parsed JSON body to an IN schema the way PTV's Newtonsoft.Json reader does (ASP.NET Core
 * `AddNewtonsoftJson()`, PTV `src/PTV.Application.OpenApi/Startup.cs:172` [SRC]), so what PTV accepts
 * is not refused here. Newtonsoft 12.0.2 [FW], cited by path:line at its tag:
 * - a JSON number or boolean read into a string property becomes its text
 *   (`JsonTextReader.cs:653` ParseNumber(ReadAsString) keeps the number's text, `:662` "true"/"false");
 * - a string read into a bool property goes through `bool.TryParse` (`JsonReader.cs:716-724`: case- and
 *   whitespace-insensitive "true"/"false"); a number through `Convert.ToBoolean` (non-zero = true,
 *   `JsonTextReader.cs:808-818`);
 * - property names match exactly first, then ignoring case (`JsonPropertyCollection.cs:137`).
 * Not coerced, because PTV refuses them too: enum values (PTV's model enums are strings compared
 * ordinally: `src/PTV.Framework/Extensions/EnumExtensions.cs:137`, `AllowedValuesAttribute.cs:50`),
 * objects or arrays into strings, and unparseable booleans (left for the schema to refuse).
 * JavaScript has already parsed numbers, so `60.10` comes out as "60.1" where PTV keeps "60.10".
 */
export function bindLikeNewtonsoft(body: unknown, schema: Schema): Bound {
  const coercions: Coercion[] = [];
  const out = bind(body, schema, [], coercions);
  return { body: coercions.length ? out : body, coercions };
}

function resolve(s: Schema): Schema {
  return typeof s.$ref === 'string' ? (resolveRef(s.$ref) ?? s) : s;
}

function bind(value: unknown, node: Schema, path: Seg[], out: Coercion[]): unknown {
  const s = resolve(node);
  const type = s.type;
  if (type === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    const to = String(value);
    out.push({
      path,
      kind: typeof value === 'number' ? 'numberToString' : 'booleanToString',
      from: value,
      to,
    });
    return to;
  }
  if (type === 'boolean') {
    if (typeof value === 'string') {
      const t = value.trim().toLowerCase();
      if (t !== 'true' && t !== 'false') return value;
      out.push({ path, kind: 'stringToBoolean', from: value, to: t === 'true' });
      return t === 'true';
    }
    if (typeof value === 'number') {
      out.push({ path, kind: 'numberToBoolean', from: value, to: value !== 0 });
      return value !== 0;
    }
    return value;
  }
  if (Array.isArray(value) && s.items) {
    const items = s.items as Schema;
    const before = out.length;
    const mapped = value.map((v, i) => bind(v, items, [...path, i], out));
    return out.length > before ? mapped : value;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && s.properties) {
    return bindObject(value as Record<string, unknown>, s.properties as Record<string, Schema>, path, out);
  }
  return value;
}

function bindObject(
  obj: Record<string, unknown>,
  props: Record<string, Schema>,
  path: Seg[],
  out: Coercion[],
): Record<string, unknown> {
  const before = out.length;
  const lower = new Map<string, string>();
  for (const k of Object.keys(props)) lower.set(k.toLowerCase(), k);
  const result: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(obj)) {
    let name = key;
    if (!(key in props)) {
      const match = lower.get(key.toLowerCase());
      if (match !== undefined) {
        out.push({ path: [...path, match], kind: 'propertyName', from: key, to: match });
        name = match;
      }
    }
    const schema = props[name];
    // Same property twice (exact and case-insensitive): the later one wins, as the setter runs twice.
    result[name] = schema ? bind(v, schema, [...path, name], out) : v;
  }
  return out.length > before ? result : obj;
}
