import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PtvrError } from '../core/errors.js';
import { secretForms } from '../core/redactor.js';

export interface SecretHit {
  file: string;
  /** Which registered secret (by index, never by value); -1 for a token found by its shape. */
  secretIndex: number;
}

/** Tokens minted by a server are not known in advance: find them by shape (JWT, unredacted bearer). */
const TOKEN_SHAPES = [
  /eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/,
  /Bearer\s+(?!\[REDACTED\])[A-Za-z0-9._~+/-]{12,}/i,
];

/**
 * Whether `data` contains `word` (ASCII letters) in any mix of case, without decoding it: a file
 * that fails this cannot match the token shape, and decoding every byte of every PDF is the slow part.
 */
export function includesCaseless(data: Buffer, word: string): boolean {
  const lower = Buffer.from(word.toLowerCase(), 'latin1');
  const upper = Buffer.from(word.toUpperCase(), 'latin1');
  for (const first of new Set([lower[0]!, upper[0]!])) {
    for (
      let i = data.indexOf(first);
      i !== -1 && i + lower.length <= data.length;
      i = data.indexOf(first, i + 1)
    ) {
      let k = 1;
      while (k < lower.length && (data[i + k] === lower[k] || data[i + k] === upper[k])) k += 1;
      if (k === lower.length) return true;
    }
  }
  return false;
}

/** The literal each TOKEN_SHAPES pattern needs (in any case for the second): checked on the bytes first. */
const SHAPE_NEEDS = [
  (d: Buffer): boolean => d.includes('eyJ'),
  (d: Buffer): boolean => includesCaseless(d, 'bearer'),
];

/** Evidence fields that carry what went over the wire (the rest are the tool's own ids and times). */
const WIRE_FIELDS = ['url', 'requestHeaders', 'requestBody', 'responseHeaders', 'responseBody', 'error'];

/**
 * A secret that cannot occur by chance in the tool's own prose: at least 8 characters, with a letter
 * and a digit or symbol. Only these are searched in every byte of every file; a short or dictionary
 * value (`simulator`, `fake`) is searched only where outside data is written, or the report's own
 * words ("the simulator", "faker") would raise false alarms.
 */
export function isDistinctive(secret: string): boolean {
  return secret.length >= 8 && /[A-Za-z]/.test(secret) && /[0-9]|[^A-Za-z0-9 _.-]/.test(secret);
}

const htmlEscape = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) yield* walk(p);
    else if (st.isFile()) yield p;
  }
}

/** Pushes every string value (never a key) under `v` onto `out`. */
function collect(v: unknown, out: string[]): void {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) collect(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) collect(x, out);
}

function collectWire(entry: unknown, out: string[]): void {
  if (!entry || typeof entry !== 'object') return;
  const e = entry as Record<string, unknown>;
  for (const f of WIRE_FIELDS) collect(e[f], out);
}

const arr = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? (v as Record<string, unknown>[]) : [];

/**
 * The values of report.json that came from outside the tool: the target URLs, PTV's messages,
 * ids and read-back values, the actual values of findings, the embedded evidence. Case titles,
 * finding messages, labels and other prose are the tool's own and not listed.
 */
function collectOutsideOfReport(model: unknown, out: string[]): void {
  if (!model || typeof model !== 'object') return;
  const m = model as Record<string, unknown>;
  const target = (m.target ?? {}) as Record<string, unknown>;
  // Not the organisation and tester facts: the user types them in the config (a username may well
  // be part of the organisation's name); the distinctive-secret net still covers them.
  collect([target.apiUrl, target.tokenUrl, m.token], out);
  for (const e of arr(m.evidence)) collectWire(e, out);
  for (const x of arr(m.material)) collect([x.id, x.sourceId], out);
  for (const c of arr(m.cases)) {
    collect([c.ptvMessages, c.entityIds], out);
    for (const f of arr(c.findings)) collect(f.actual, out);
    for (const rb of arr(c.readBacks)) {
      collect(rb.entityId, out);
      for (const fl of arr(rb.fields)) collect(fl.read, out);
    }
  }
}

/** The artefacts outsideValues reads. */
const STRUCTURED = new Set(['evidence.ndjson', 'report.json']);

/** Outside values of a structured artefact, or undefined when the file is not one we know. */
function outsideValues(name: string, data: Buffer): string[] | undefined {
  const out: string[] = [];
  if (name === 'evidence.ndjson') {
    for (const line of data.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      try {
        collectWire(JSON.parse(line), out);
      } catch {
        out.push(line); // a torn line: all of it counts
      }
    }
    return out;
  }
  if (name === 'report.json') {
    try {
      collectOutsideOfReport(JSON.parse(data.toString('utf8')), out);
    } catch {
      out.push(data.toString('utf8'));
    }
    return out;
  }
  return undefined;
}

/**
 * Searches the run directory for secrets the redaction missed. Two nets:
 * - every secret (≥ 4 characters), in all its written forms, in the values that came from outside —
 *   evidence (URLs, headers, bodies, errors) and the report's outside values (PTV messages, ids,
 *   read-back and actual values). The views render these same values, so a
 *   secret that reaches a view from outside is caught here first;
 * - distinctive secrets (see isDistinctive) and anything shaped like a JWT or bearer token, in every
 *   byte of every file (views, run.json, ledger, …): there they cannot be the tool's own words.
 */
export function scanForSecrets(dir: string, secrets: readonly (string | undefined)[]): SecretHit[] {
  const needles: { forms: string[]; bytes: Buffer[]; index: number; distinctive: boolean }[] = [];
  // Every form as it can stand in a file's bytes: as is (a torn line) or JSON-escaped inside a string.
  const anyForm: Buffer[] = [];
  secrets.forEach((s, index) => {
    if (typeof s !== 'string' || s.length < 4) return;
    const forms = [...new Set([...secretForms(s), htmlEscape(s)])];
    needles.push({
      forms,
      bytes: forms.map((f) => Buffer.from(f, 'utf8')),
      index,
      distinctive: isDistinctive(s),
    });
    for (const f of forms)
      anyForm.push(Buffer.from(f, 'utf8'), Buffer.from(JSON.stringify(f).slice(1, -1), 'utf8'));
  });
  const hits: SecretHit[] = [];
  for (const file of walk(dir)) {
    const data = readFileSync(file);
    const name = relative(dir, file);
    // Joined on NUL (never part of a secret) so a match cannot span two values. Parsed only when a
    // form of a secret is in the bytes at all (the writer's JSON escaping kept in mind): a value
    // cannot hold what the file does not, and parsing MBs of evidence is the costly part.
    const mayHold = STRUCTURED.has(name) && anyForm.some((b) => data.includes(b));
    const values = mayHold ? outsideValues(name, data)?.join('\u0000') : undefined;
    const inValues =
      values !== undefined ? needles.find((n) => n.forms.some((f) => values.includes(f))) : undefined;
    const inBytes = needles.find((n) => n.distinctive && n.bytes.some((b) => data.includes(b)));
    const hit = inValues ?? inBytes;
    if (hit) hits.push({ file: name, secretIndex: hit.index });
    else {
      const shapes = TOKEN_SHAPES.filter((_, i) => SHAPE_NEEDS[i]!(data));
      const text = shapes.length > 0 ? data.toString('latin1') : '';
      if (shapes.some((re) => re.test(text))) hits.push({ file: name, secretIndex: -1 });
    }
  }
  return hits;
}

export function secretLeakError(hits: readonly SecretHit[]): PtvrError {
  const files = [...new Set(hits.map((h) => h.file))];
  return new PtvrError('PTVR_SECRET_LEAK', `A secret value was found in: ${files.join(', ')}`, {
    hint: 'do not share this run directory; delete the named files and report the bug',
    details: { files },
  });
}
