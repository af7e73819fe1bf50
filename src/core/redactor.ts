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

/** The forms a secret takes in artefacts: as written, inside a JSON string, URL-encoded (forms, queries). */
export function secretForms(value: string): string[] {
  return [...new Set([value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value)])];
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
    return out.replace(BEARER, `$1${REDACTED}`).replace(JWT, REDACTED);
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
