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

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) yield* walk(p);
    else if (st.isFile()) yield p;
  }
}

/**
 * Searches every file under `dir` for the literal secret values (and their JSON-escaped and
 * URL-encoded forms), plus anything shaped like a bearer token or JWT. Values shorter than 4 characters are not searched (too many false hits).
 */
export function scanForSecrets(dir: string, secrets: readonly (string | undefined)[]): SecretHit[] {
  const needles: { bytes: Buffer; index: number }[] = [];
  secrets.forEach((s, index) => {
    if (typeof s !== 'string' || s.length < 4) return;
    for (const form of secretForms(s)) {
      needles.push({ bytes: Buffer.from(form, 'utf8'), index });
    }
  });
  const hits: SecretHit[] = [];
  for (const file of walk(dir)) {
    const data = readFileSync(file);
    const hit = needles.find((n) => data.includes(n.bytes));
    if (hit) hits.push({ file: relative(dir, file), secretIndex: hit.index });
    else if (TOKEN_SHAPES.some((re) => re.test(data.toString('latin1')))) {
      hits.push({ file: relative(dir, file), secretIndex: -1 });
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
