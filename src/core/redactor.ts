/**
 * Declared redaction: secret values registered here are replaced wherever they appear, plus every
 * value under a sensitive header or JSON key. Applied before anything is stored or printed.
 */
export const REDACTED = '[REDACTED]';

const SENSITIVE_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
]);
const SENSITIVE_KEY =
  /^(password|passwd|secret|token|ptvtoken|servicetoken|access_token|refresh_token|id_token|apikey|api_key|x-api-key|authorization|client_secret)$/i;
/** JWT-looking strings are redacted even when nobody declared them (tokens minted by a server). */
const JWT = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
// Skips auth-parameter syntax (`Bearer error="invalid_token"`), which carries no credential.
const BEARER = /(Bearer\s+)(?![A-Za-z_]+=)[^\s"',]+/gi;

/** Query / fragment parameters whose value is a credential (`?apikey=…`, `&password=…`), any case. */
const SECRET_PARAM =
  /^(password|passwd|pwd|secret|token|key|apikey|api_key|api-key|access_token|refresh_token|id_token|client_secret|ptvtoken|servicetoken)$/i;
/** A URL inside free text: scheme, `://`, then up to whitespace or a quote / angle bracket. */
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]+/gi;
/** Userinfo of a URL: everything between `scheme://` and the last `@` before the path. */
const USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)[^/?#\\\s]*@/i;

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' ')).trim();
  } catch {
    return name;
  }
}

function redactPairs(part: string): string {
  return part
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return eq > 0 && SECRET_PARAM.test(decodeName(pair.slice(0, eq)))
        ? `${pair.slice(0, eq)}=${REDACTED}`
        : pair;
    })
    .join('&');
}

/**
 * The one URL redaction, used wherever a URL is written (evidence, run.json, report model, terminal):
 * userinfo becomes `[REDACTED]@` and the value of every secret-named query or fragment parameter
 * `[REDACTED]`. String surgery rather than URL parsing, so nothing else in the URL changes.
 */
export function redactUrl(url: string): string {
  let out = url.replace(USERINFO, `$1${REDACTED}@`);
  const q = out.search(/[?#]/);
  if (q < 0) return out;
  const head = out.slice(0, q);
  out = out.slice(q).replace(/([?#])([^#]*)/g, (_m, sep: string, part: string) => sep + redactPairs(part));
  return head + out;
}

/** URLs anywhere in a text (messages, bodies), each through redactUrl. */
export function redactUrlsIn(text: string): string {
  return text.includes('://') ? text.replace(URL_IN_TEXT, redactUrl) : text;
}

/**
 * The credentials a URL carries (userinfo password, secret-named parameter values), so the redactor
 * and the leak scan know them wherever else they turn up.
 */
export function secretsInUrl(url: string | undefined): string[] {
  if (url === undefined) return [];
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return [];
  }
  const found: string[] = [];
  if (u.password) found.push(decodeName(u.password));
  for (const part of [u.search.slice(1), u.hash.slice(1)]) {
    for (const [name, value] of new URLSearchParams(part)) {
      if (SECRET_PARAM.test(name.trim()) && value) found.push(value);
    }
  }
  return found;
}

/** The forms a secret takes in artefacts: as written, inside a JSON string, URL-encoded (forms, queries). */
export function secretForms(value: string): string[] {
  return [...new Set([value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value)])];
}

/** A sensitive key as it stands in JSON text without escape sequences: `"password" :`. */
const SENSITIVE_KEY_IN_TEXT = new RegExp(`"${SENSITIVE_KEY.source.slice(1, -1)}"\\s*:`, 'i');

/**
 * True when JSON text provably needs no redaction, so redacting it value by value (redactJson) would
 * return an equal copy: it has no escape sequence (every string in it then stands verbatim in the text,
 * between quotes), no sensitive key, no `__proto__` key (which redactJson's copy drops), and
 * `redactString` leaves the whole text unchanged — each of its patterns (declared secrets, Bearer, JWT,
 * URLs) stops at a quote, so a string inside the text it would change is a change of the text itself.
 * A cheap test that spares most response and request bodies the walk (issue #14).
 */
export function jsonTextNeedsNoRedaction(text: string, redactor: Redactor): boolean {
  return (
    !text.includes('\\') &&
    !text.includes('"__proto__"') &&
    !SENSITIVE_KEY_IN_TEXT.test(text) &&
    redactor.redactString(text) === text
  );
}

export interface Redactor {
  /** Register a secret value (password, token, API key). Values shorter than 4 chars are ignored. */
  addSecret(value: string | undefined | null): void;
  redactString(text: string): string;
  redactHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string>;
  /** Deep copy of a JSON value with sensitive keys and secret values replaced. */
  redactJson<T>(value: T): T;
  secrets(): readonly string[];
}

export function createRedactor(initial: Iterable<string | undefined | null> = []): Redactor {
  const values = new Set<string>();
  let sorted: string[] = [];
  const addSecret = (value: string | undefined | null): void => {
    if (typeof value !== 'string' || value.length < 4) return;
    for (const form of secretForms(value)) values.add(form);
    // Longest first so a secret containing another is replaced whole.
    sorted = [...values].sort((a, b) => b.length - a.length);
  };
  for (const v of initial) addSecret(v);

  const redactString = (text: string): string => {
    let out = text;
    for (const s of sorted) if (out.includes(s)) out = out.split(s).join(REDACTED);
    return redactUrlsIn(out.replace(BEARER, `$1${REDACTED}`).replace(JWT, REDACTED));
  };

  const redactJson = <T>(value: T): T => {
    const walk = (v: unknown, key?: string): unknown => {
      if (key !== undefined && SENSITIVE_KEY.test(key) && v !== null && v !== undefined) return REDACTED;
      if (typeof v === 'string') return redactString(v);
      if (Array.isArray(v)) return v.map((x) => walk(x));
      if (v && typeof v === 'object') {
        const out: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(v)) out[k] = walk(x, k);
        return out;
      }
      return v;
    };
    return walk(value) as T;
  };

  const redactHeaders = (headers: Record<string, string | string[] | undefined>): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(headers)) {
      if (v === undefined) continue;
      const joined = Array.isArray(v) ? v.join(', ') : String(v);
      out[k] = SENSITIVE_HEADERS.has(k.toLowerCase()) ? REDACTED : redactString(joined);
    }
    return out;
  };

  return { addSecret, redactString, redactHeaders, redactJson, secrets: () => sorted };
}
