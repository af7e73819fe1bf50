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
}

export interface VerifyResult {
  ok: boolean;
  changed: string[];
  missing: string[];
  extra: string[];
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

/** Compares the run directory with its manifest: changed, missing and extra files, sorted. */
export function verifyManifest(runDir: string): VerifyResult {
  const manifest = readManifest(runDir);
  const present = new Set(listFiles(runDir));
  const changed: string[] = [];
  const missing: string[] = [];
  for (const [rel, want] of Object.entries(manifest.files)) {
    if (!present.has(rel)) missing.push(rel);
    else if (digest(join(runDir, rel)).sha256 !== want.sha256) changed.push(rel);
  }
  const extra = [...present].filter((rel) => !(rel in manifest.files));
  return {
    ok: !changed.length && !missing.length && !extra.length,
    changed: changed.sort(),
    missing: missing.sort(),
    extra,
  };
}
