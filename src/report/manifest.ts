import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PtvrError } from '../core/errors.js';
import { writeFileAtomic } from '../core/writeFileAtomic.js';

export const MANIFEST = 'manifest.json';

export interface Manifest {
  schemaVersion: 1;
  algorithm: 'sha256';
  /** Run-dir-relative paths with `/` separators → hex digest and size. */
  files: Record<string, { sha256: string; bytes: number }>;
  /**
   * Files written after the run by a later command (`cleanup`), each with its current digest. `files`
   * is never changed by them: the run's own artefacts stay as the run wrote them.
   */
  appended?: Record<string, { sha256: string; bytes: number; by: 'cleanup'; at: string }>;
}

export interface VerifyResult {
  ok: boolean;
  changed: string[];
  missing: string[];
  extra: string[];
  /** Files a later command appended (and the manifest recorded), with who and when; absent if none. */
  appended?: { file: string; by: string; at: string }[];
}

/** Every regular file under the run dir except the manifest and in-flight atomic-write temp files. */
function listFiles(runDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        const rel = relative(runDir, full).split(sep).join('/');
        if (rel === MANIFEST || /^\..*\.tmp$/.test(entry.name)) continue;
        out.push(rel);
      }
    }
  };
  walk(runDir);
  return out.sort();
}

function digest(path: string): { sha256: string; bytes: number } {
  const data = readFileSync(path);
  return { sha256: createHash('sha256').update(data).digest('hex'), bytes: data.length };
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

function readManifest(runDir: string): Manifest {
  requireRunDir(runDir);
  const path = join(runDir, MANIFEST);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new PtvrError('PTVR_RUN_DIR_INVALID', `${runDir} has no readable ${MANIFEST}.`, {
      hint: 'only run directories written by `ptv-readiness run` or `report` carry a manifest',
      cause: err,
    });
  }
  const m = parsed as Partial<Manifest>;
  if (m.schemaVersion !== 1 || m.algorithm !== 'sha256' || typeof m.files !== 'object' || m.files === null) {
    throw new PtvrError('PTVR_RUN_DIR_INVALID', `${path} is not a ptv-readiness manifest.`, {
      hint: 'regenerate it with `ptv-readiness report <run-dir>` only if you trust the files',
    });
  }
  return m as Manifest;
}

/**
 * Records files a later command (`cleanup`) wrote into a finished run directory: their digests go to
 * the manifest's `appended` section, the run's own `files` entries are left exactly as they were.
 */
export function recordAppendedFiles(runDir: string, rels: readonly string[], by: 'cleanup'): void {
  if (rels.length === 0) return;
  const manifest = readManifest(runDir);
  const at = new Date().toISOString();
  const appended = { ...manifest.appended };
  for (const rel of rels) {
    if (rel in manifest.files) {
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
    Object.values(a).every(
      (e: unknown) =>
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
        hint: 'only `ptv-readiness cleanup` writes that section; restore the manifest the run wrote',
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
    else if (digest(join(runDir, rel)).sha256 !== want.sha256) changed.push(rel);
  }
  const extra = [...present].filter((rel) => !(rel in expected));
  const appended = Object.entries(appendedOf(manifest, runDir))
    .filter(([rel]) => !(rel in manifest.files))
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
