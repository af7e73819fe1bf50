import { createHash } from 'node:crypto';
import { closeSync, existsSync, readdirSync, readSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isPtvrError, PtvrError } from '../core/errors.js';
import { openRegularFile, readBoundedText, RUN_FILE_LIMITS } from '../core/readBoundedFile.js';
import { writeFileAtomic } from '../core/writeFileAtomic.js';

export const MANIFEST = 'manifest.json';

/** The later commands that may add files to a finished run directory. */
export type AppendedBy = 'cleanup' | 'bundle';

export interface Manifest {
  schemaVersion: 1;
  algorithm: 'sha256';
  /** Run-dir-relative paths with `/` separators → hex digest and size. */
  files: Record<string, { sha256: string; bytes: number }>;
  /**
   * Files written after the run by a later command (`cleanup`; `bundle` when it printed the annex's
   * PDF), each with its current digest. `files` is never changed by them: the run's own artefacts stay
   * as the run wrote them.
   */
  appended?: Record<string, { sha256: string; bytes: number; by: AppendedBy; at: string }>;
}

export interface VerifyResult {
  ok: boolean;
  changed: string[];
  missing: string[];
  extra: string[];
  /** Files a later command appended (and the manifest recorded), with who and when; absent if none. */
  appended?: { file: string; by: string; at: string }[];
}

/** Largest single file a manifest covers (PDFs of long runs are a few MB). */
export const MAX_MANIFEST_FILE = 1024 * 1024 * 1024;

/**
 * Every entry under the run dir except directories, the manifest and in-flight atomic-write temp files.
 * Symlinks, FIFOs and devices are listed too (never followed), so `verify` names them instead of
 * skipping them; hashing one is refused.
 */
function listFiles(runDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const rel = relative(runDir, full).split(sep).join('/');
        if (rel === MANIFEST || (entry.isFile() && /^\..*\.tmp$/.test(entry.name))) continue;
        out.push(rel);
      }
    }
  };
  try {
    walk(runDir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new PtvrError('PTVR_RUN_DIR_INVALID', `${runDir} cannot be listed (${code}).`, {
      hint: 'check the directory permissions',
      cause: err,
    });
  }
  return out.sort();
}

/** SHA-256 of a regular file, read in chunks (memory stays flat for any file size). */
function digest(path: string): { sha256: string; bytes: number } {
  const { fd } = openRegularFile(path, {
    code: 'PTVR_RUN_DIR_INVALID',
    what: path.split(/[\\/]/).pop() ?? path,
    maxBytes: MAX_MANIFEST_FILE,
  });
  try {
    const hash = createHash('sha256');
    const buf = Buffer.allocUnsafe(1024 * 1024);
    let bytes = 0;
    for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0;) {
      bytes += n;
      if (bytes > MAX_MANIFEST_FILE) {
        throw new PtvrError('PTVR_RUN_DIR_INVALID', `${path} grew over ${MAX_MANIFEST_FILE} bytes.`);
      }
      hash.update(buf.subarray(0, n));
    }
    return { sha256: hash.digest('hex'), bytes };
  } finally {
    closeSync(fd);
  }
}

/** The digest, or undefined when the entry is not a regular file any more (verify reports it changed). */
function digestOrUndefined(path: string): { sha256: string; bytes: number } | undefined {
  try {
    return digest(path);
  } catch (err) {
    if (isPtvrError(err)) return undefined;
    throw err;
  }
}

/** A manifest key: a relative path inside the run dir, `/`-separated, no `..`, `.` or empty segment. */
function isSafeRelPath(rel: string): boolean {
  return (
    rel.length > 0 &&
    rel.length <= 1024 &&
    !rel.includes('\\') &&
    !rel.includes('\0') &&
    rel.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..')
  );
}

function isManifest(v: unknown): v is Manifest {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const m = v as Partial<Manifest>;
  if (m.schemaVersion !== 1 || m.algorithm !== 'sha256') return false;
  if (typeof m.files !== 'object' || m.files === null || Array.isArray(m.files)) return false;
  return Object.entries(m.files).every(
    ([rel, f]) =>
      isSafeRelPath(rel) &&
      typeof f === 'object' &&
      f !== null &&
      typeof (f as { sha256?: unknown }).sha256 === 'string' &&
      /^[0-9a-f]{64}$/.test((f as { sha256: string }).sha256) &&
      Number.isSafeInteger((f as { bytes?: unknown }).bytes) &&
      (f as { bytes: number }).bytes >= 0,
  );
}

function requireRunDir(runDir: string): void {
  if (!existsSync(runDir) || !statSync(runDir).isDirectory()) {
    throw new PtvrError('PTVR_RUN_DIR_INVALID', `${runDir} is not a directory.`, {
      hint: 'pass a run directory, e.g. reports/<run-id>',
    });
  }
}

/** Writes `<runDir>/manifest.json` with the SHA-256 of every other file in the run directory. */
export function writeManifest(runDir: string): void {
  requireRunDir(runDir);
  const files: Manifest['files'] = {};
  for (const rel of listFiles(runDir)) files[rel] = digest(join(runDir, rel));
  const manifest: Manifest = { schemaVersion: 1, algorithm: 'sha256', files };
  writeFileAtomic(join(runDir, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
}

/**
 * Reads and checks `<runDir>/manifest.json`: a regular file of at most RUN_FILE_LIMITS.manifest bytes
 * holding `{schemaVersion: 1, algorithm: 'sha256', files: {<safe relative path>: {sha256, bytes}}}`.
 * Anything else (`null`, an array, a path with `..`) is PTVR_RUN_DIR_INVALID.
 */
export function readManifest(runDir: string): Manifest {
  requireRunDir(runDir);
  const path = join(runDir, MANIFEST);
  const hint = 'only run directories written by `ptv-readiness run` or `report` carry a manifest';
  const text = readBoundedText(path, {
    code: 'PTVR_RUN_DIR_INVALID',
    what: MANIFEST,
    maxBytes: RUN_FILE_LIMITS.manifest,
    hint,
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new PtvrError('PTVR_RUN_DIR_INVALID', `${path} is not valid JSON.`, { hint, cause: err });
  }
  if (!isManifest(parsed)) {
    throw new PtvrError('PTVR_RUN_DIR_INVALID', `${path} is not a ptv-readiness manifest.`, {
      hint: 'a manifest lists run-directory files with their SHA-256; this one was not written by ptv-readiness',
    });
  }
  return parsed;
}

/** True when `rel` is listed in the manifest and the file still has the listed digest. */
export function matchesManifest(runDir: string, manifest: Manifest, rel: string): boolean {
  const want = Object.hasOwn(manifest.files, rel) ? manifest.files[rel] : undefined;
  return want !== undefined && digestOrUndefined(join(runDir, rel))?.sha256 === want.sha256;
}

/**
 * Records files a later command (`cleanup`, `bundle`) wrote into a finished run directory: their digests
 * go to the manifest's `appended` section, the run's own `files` entries are left exactly as they were.
 */
export function recordAppendedFiles(runDir: string, rels: readonly string[], by: AppendedBy): void {
  if (rels.length === 0) return;
  const manifest = readManifest(runDir);
  const at = new Date().toISOString();
  const appended = { ...manifest.appended };
  for (const rel of rels) {
    if (Object.hasOwn(manifest.files, rel)) {
      throw new PtvrError('PTVR_INTERNAL', `${rel} is one of the run's own files; ${by} must not write it.`);
    }
    appended[rel] = { ...digest(join(runDir, rel)), by, at };
  }
  writeFileAtomic(join(runDir, MANIFEST), JSON.stringify({ ...manifest, appended }, null, 2) + '\n');
}

/** The manifest's `appended` section, refused unless every entry has a digest, a writer and a time. */
function appendedOf(manifest: Manifest, runDir: string): NonNullable<Manifest['appended']> {
  const a: unknown = manifest.appended;
  if (a === undefined) return {};
  const ok =
    typeof a === 'object' &&
    a !== null &&
    !Array.isArray(a) &&
    Object.entries(a).every(
      ([rel, e]: [string, unknown]) =>
        isSafeRelPath(rel) &&
        typeof e === 'object' &&
        e !== null &&
        typeof (e as { sha256?: unknown }).sha256 === 'string' &&
        typeof (e as { by?: unknown }).by === 'string' &&
        typeof (e as { at?: unknown }).at === 'string',
    );
  if (!ok) {
    throw new PtvrError(
      'PTVR_RUN_DIR_INVALID',
      `${join(runDir, MANIFEST)} has a malformed "appended" section.`,
      {
        hint: 'only `ptv-readiness cleanup` and `bundle` write that section; restore the manifest the run wrote',
      },
    );
  }
  return a as NonNullable<Manifest['appended']>;
}

/** Compares the run directory with its manifest: changed, missing and extra files, sorted. */
export function verifyManifest(runDir: string): VerifyResult {
  const manifest = readManifest(runDir);
  const present = new Set(listFiles(runDir));
  const expected = { ...appendedOf(manifest, runDir), ...manifest.files };
  const changed: string[] = [];
  const missing: string[] = [];
  for (const [rel, want] of Object.entries(expected)) {
    if (!present.has(rel)) missing.push(rel);
    else if (digestOrUndefined(join(runDir, rel))?.sha256 !== want.sha256) changed.push(rel);
  }
  const extra = [...present].filter((rel) => !Object.hasOwn(expected, rel));
  const appended = Object.entries(appendedOf(manifest, runDir))
    .filter(([rel]) => !Object.hasOwn(manifest.files, rel))
    .map(([file, a]) => ({ file, by: a.by, at: a.at }))
    .sort((a, b) => a.file.localeCompare(b.file));
  return {
    ok: !changed.length && !missing.length && !extra.length,
    changed: changed.sort(),
    missing: missing.sort(),
    extra,
    ...(appended.length > 0 && { appended }),
  };
}
