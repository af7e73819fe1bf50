import { numberTextOf } from '../core/jsonNumberText.js';
import { resolveRef } from './schemas/nested.js';
import type { Schema } from './schemas/index.js';

type Seg = string | number;

/** What Newtonsoft.Json changed while binding the body to PTV's model. */
export interface Coercion {
  path: Seg[];
  kind:
    | 'numberToString'
    | 'booleanToString'
    | 'stringToBoolean'
    | 'numberToBoolean'
    | 'propertyName'
    | 'nullAsAbsent';
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
 * - property names match exactly first, then ignoring case (`JsonPropertyCollection.cs:137`);
 * - `null` into a reference-type property (list, string, object) leaves it null: PTV's model then holds
 *   what an absent property gives (a PUT leaves the stored value; `[Required]` still fails), so the
 *   property is dropped here. `null` into a bool is left for the schema to refuse, as Newtonsoft does.
 * Not coerced, because PTV refuses them too: enum values (PTV's model enums are strings compared
 * ordinally: `src/PTV.Framework/Extensions/EnumExtensions.cs:137`, `AllowedValuesAttribute.cs:50`),
 * objects or arrays into strings, and unparseable booleans (left for the schema to refuse).
 * A number keeps its source text (`60.10` → "60.10", as PTV) when the body was parsed with
 * `recordNumberTexts` (core/jsonNumberText.ts), as the simulator does; otherwise JavaScript's re-print.
 */
export function bindLikeNewtonsoft(body: unknown, schema: Schema): Bound {
  const coercions: Coercion[] = [];
  const out = bind(body, schema, [], coercions);
  return { body: coercions.length ? out : body, coercions };
}

function resolve(s: Schema): Schema {
  return typeof s.$ref === 'string' ? (resolveRef(s.$ref) ?? s) : s;
}

/** Lower-cased property name → schema name, per (shared, immutable) `properties` object. */
const lowerNames = new WeakMap<object, Map<string, string>>();

function lowerOf(props: Record<string, Schema>): Map<string, string> {
  let m = lowerNames.get(props);
  if (!m) {
    m = new Map(Object.keys(props).map((k) => [k.toLowerCase(), k]));
    lowerNames.set(props, m);
  }
  return m;
}

// `path` is one stack shared by the whole walk (copied only when a coercion is recorded): the walk
// runs on every body the simulator and validate see, so it allocates nothing when nothing changes.
function bind(value: unknown, node: Schema, path: Seg[], out: Coercion[], text?: string): unknown {
  const s = resolve(node);
  const type = s.type;
  if (type === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    const to = typeof value === 'number' && text !== undefined ? text : String(value);
    const kind = typeof value === 'number' ? 'numberToString' : 'booleanToString';
    out.push({ path: [...path], kind, from: value, to });
    return to;
  }
  if (type === 'boolean') {
    if (typeof value === 'string') {
      const t = value.trim().toLowerCase();
      if (t !== 'true' && t !== 'false') return value;
      out.push({ path: [...path], kind: 'stringToBoolean', from: value, to: t === 'true' });
      return t === 'true';
    }
    if (typeof value === 'number') {
      out.push({ path: [...path], kind: 'numberToBoolean', from: value, to: value !== 0 });
      return value !== 0;
    }
    return value;
  }
  if (Array.isArray(value) && s.items) {
    const items = s.items as Schema;
    // Copy on the first changed item only, as bindObject does.
    let mapped: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      path.push(i);
      const r = bind(v, items, path, out, typeof v === 'number' ? numberTextOf(value, i) : undefined);
      path.pop();
      if (mapped) mapped[i] = r;
      else if (r !== v) {
        mapped = value.slice(0, i);
        mapped[i] = r;
      }
    }
    return mapped ?? value;
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
  // Copy on the first change only: most bodies bind unchanged.
  let result: Record<string, unknown> | undefined;
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    let name = key;
    if (!Object.hasOwn(props, key)) {
      const match = lowerOf(props).get(key.toLowerCase());
      if (match !== undefined) {
        out.push({ path: [...path, match], kind: 'propertyName', from: key, to: match });
        name = match;
      }
    }
    const schema = props[name];
    const v = obj[key];
    if (v === null && schema && isReferenceType(resolve(schema))) {
      out.push({ path: [...path, name], kind: 'nullAsAbsent', from: null, to: undefined });
      if (!result) {
        result = {};
        for (let j = 0; j < i; j++) result[keys[j]!] = obj[keys[j]!];
      }
      continue;
    }
    let bound = v;
    if (schema) {
      path.push(name);
      bound = bind(v, schema, path, out, typeof v === 'number' ? numberTextOf(obj, key) : undefined);
      path.pop();
    }
    if (!result && (bound !== v || name !== key)) {
      result = {};
      for (let j = 0; j < i; j++) result[keys[j]!] = obj[keys[j]!];
    }
    // Same property twice (exact and case-insensitive): the later one wins, as the setter runs twice.
    if (result) result[name] = bound;
  }
  return result ?? obj;
}

/** C# reference types in PTV's IN models: lists, strings (also GUIDs and dates as text), nested models. */
function isReferenceType(s: Schema): boolean {
  return s.type === 'array' || s.type === 'string' || s.type === 'object';
}
